# expect: 3:15: MAC ff:ff:ff:ff:ff:ff is 0xFFFFFFFFFFFF
h = pop_header(ether, on_mismatch=([], []))
if h.daddr == "ff:ff:ff:ff:ff:ff":
    return DROP
