# expect: 2:4: wrong number of arguments; write has_header(T)
if has_header(ipv4, tcp):
    return DROP
