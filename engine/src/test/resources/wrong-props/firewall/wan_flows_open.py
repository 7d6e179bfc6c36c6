# expect: 9
# WRONG on purpose: claims every TCP/UDP packet from the WAN goes to LAN device 0, solicited or not
# (the firewall drops unsolicited ones).
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if received_on_port == WAN_DEVICE:
    return 0, pkt
else:
    pass
