# outbound_open_flow: a LAN packet of a flow that is not open (after expiry) opens it, stamped
# with the packet's arrival time and recorded on the LAN device the packet came from, unless the
# flow table is full.
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if received_on_port == WAN_DEVICE or flow in flows or flows.full():
    pass
else:
    flows.add(flow, the_index_allocated, now)
    flow_devices[the_index_allocated] = FlowDevice(received_on_port)

# Parity: states the behaviour of the original Vigor vigfw/paygo-outbound_open_flow.py (see nf-catalog/README.md).
