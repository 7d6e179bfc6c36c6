# Property fw_expiry: idle flows are forgotten.
# It must say: before a packet is handled, flows older than now - EXP_TIME are gone
# (flows.expire_all(now - EXP_TIME)). On everything else it passes.
# covers: stateful-fw#expiry-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
# The catalog firewall's flows expire after 120 s, and a packet of an open flow (either
# direction) restamps it, so only idle flows expire. Where a packet opens a new flow, this
# property passes: fw_outbound says what happens there.
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
if received_on_port == WAN_DEVICE:
    flow = FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid)
else:
    flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if flow in flows:
    flows.refresh_idx(flows[flow], now)
else:
    pass
