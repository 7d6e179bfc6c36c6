# expect: 3:1: loops are not part of the spec language
h = pop_header(ether, on_mismatch=([], []))
while h.type == 0:
    pass
