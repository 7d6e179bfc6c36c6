# expect: 3:1: 
h = pop_header(ether, on_mismatch=([], []))
while h.type == 0:
    pass
