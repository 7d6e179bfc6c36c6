# full_table: when the flow table is full (after expiry), a LAN packet of a new flow still goes to
# the WAN, unchanged, and the table is left as it is: no flow is opened, none is evicted.
from state import flows, flow_devices   # flow_devices unchanged: no flow is opened

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if received_on_port == WAN_DEVICE or flow in flows or not flows.full():
    pass
else:
    return WAN_DEVICE, pkt
