# expect: 3:1: fields of headers and records cannot be assigned
h = pop_header(ether, on_mismatch=DROP)
h.daddr = 5
