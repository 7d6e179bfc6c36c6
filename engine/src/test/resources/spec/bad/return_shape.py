# expect: 3:9: malformed outcome of return
h = pop_header(ether, on_mismatch=DROP)
return ([1], [ether(h)], 3)
