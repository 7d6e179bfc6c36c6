# expect: 3:6: ether headers have no field mac; the fields are saddr (src), daddr (dst), type
h = pop_header(ether, on_mismatch=([], []))
if h.mac == 0:
    return DROP
