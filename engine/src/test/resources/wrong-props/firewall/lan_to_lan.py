# expect: 8
# WRONG on purpose: claims LAN packets go to the other LAN device (they go to the WAN).
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if received_on_port != WAN_DEVICE:
    return 1 - received_on_port, pkt
else:
    pass
