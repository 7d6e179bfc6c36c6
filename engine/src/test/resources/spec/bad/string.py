# expect: 3:14: strings are not part of the spec language
h = pop_header(ether, on_mismatch=([], []))
if h.type == 'ipv4':
    return DROP
