# outbound_forward: every TCP or UDP packet from a LAN device goes, unchanged, to the WAN device,
# and only there, whether or not its flow could be opened.
WAN_DEVICE = 2

l4 = pop_header(tcpudp, on_mismatch=([], []))

if received_on_port == WAN_DEVICE:
    pass
else:
    return WAN_DEVICE, pkt

# Parity: states the behaviour of the original Vigor vigfw/paygo-outbound_forward.py (see nf-catalog/README.md).
