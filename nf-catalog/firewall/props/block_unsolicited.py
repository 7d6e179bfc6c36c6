# block_unsolicited: a packet from the WAN that does not answer a flow the LAN has open (after
# expiry) is dropped, and it opens nothing.
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
if received_on_port == WAN_DEVICE:
    if FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid) in flows:
        pass
    else:
        return DROP
else:
    pass

# Parity: states the behaviour of the original Vigor vigfw/paygo-block_unsolicited.py (see nf-catalog/README.md).
