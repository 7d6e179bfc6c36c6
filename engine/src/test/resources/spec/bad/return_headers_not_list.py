# expect: 3:14: the headers of an outcome must be a list
h = pop_header(ether, on_mismatch=DROP)
return ([1], ether(h))
