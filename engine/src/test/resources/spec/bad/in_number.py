# expect: 3:15: 'in' needs a state object (k in m), a list (x in [a, b]) or TCP flags (SYN in h.flags), not a number
h = pop_header(ether, on_mismatch=DROP)
if h.saddr in h.daddr:
    pass
