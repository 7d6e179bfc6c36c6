# Property fw_replies: replies to open flows pass.
# It must say: an IPv4 TCP/UDP packet received on wan_device whose reversed flow is in flows
# is sent unchanged to the internal device. On everything else it passes.
# covers: stateful-fw#replies-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
# The catalog firewall's WAN is device 2, its flows expire after 120 s, a packet of an open flow
# restamps it (in either direction), and it records each flow's internal device in flow_devices.
from state import flows, flow_devices

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
if received_on_port == WAN_DEVICE and flow in flows:
    return flow_devices[flows[flow]].device, pkt
else:
    pass
