# follow_host: a LAN packet of an open flow (after expiry) restamps the flow and records it on the
# LAN device the packet came in on, so replies follow a host that moved to the other LAN device.
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if received_on_port != WAN_DEVICE and flow in flows:
    index = flows[flow]
    flows.refresh_idx(index, now)
    flow_devices[index] = FlowDevice(received_on_port)
else:
    pass
