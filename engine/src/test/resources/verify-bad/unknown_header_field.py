# expect: 3:4: 
h = pop_header(ether, on_mismatch=([], []))
if h.src_mac == 0:
    return DROP
