# expect: 3:5: vals is not imported; add 'from state import vals' before its use
h = pop_header(ether, on_mismatch=DROP)
v = vals[h.daddr]
