# expect: 2:5: pop_header needs on_mismatch
h = pop_header(ether)
