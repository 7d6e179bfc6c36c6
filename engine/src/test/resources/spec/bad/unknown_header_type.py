# expect: 2:16: unknown header type ethernet; the header types are ether, ipv4, tcpudp, tcp, udp
h = pop_header(ethernet, on_mismatch=([], []))
