# expect: 3:6: ether headers have no field src_mac
h = pop_header(ether, on_mismatch=([], []))
if h.src_mac == 0:
    return DROP
