# expect: 8
# WRONG on purpose: claims outbound UDP (IP protocol 17) is blocked (the firewall passes TCP and UDP).
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if received_on_port != WAN_DEVICE and ip.npid == 17:
    return DROP
else:
    pass
