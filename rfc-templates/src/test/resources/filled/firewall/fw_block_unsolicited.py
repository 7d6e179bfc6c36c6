# Property fw_block_unsolicited: unsolicited inbound packets are dropped.
# It must say: a packet received on wan_device whose reversed flow is not in flows is dropped
# (return ([], [])), and flows is unchanged. On everything else it passes.
# covers: stateful-fw#block-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
# The catalog firewall's WAN is device 2 and its flows expire after 120 s.
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
if received_on_port == WAN_DEVICE:
    if FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid) in flows:
        pass
    else:
        return ([], [])
else:
    pass
