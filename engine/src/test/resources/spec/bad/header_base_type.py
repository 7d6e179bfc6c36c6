# expect: 4:22: the base of tcpudp(...) must be a tcpudp header, but this is an ipv4 header
h = pop_header(ipv4, on_mismatch=DROP)
t = pop_header(tcpudp, on_mismatch=DROP)
return ([0], [tcpudp(h)])
