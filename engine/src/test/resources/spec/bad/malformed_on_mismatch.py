# expect: 2:35: malformed outcome of on_mismatch
h = pop_header(ether, on_mismatch=5)
