# int_alloc_flow: a packet from inside of a flow the table does not hold opens it when there is
# room: keyed by its 5-tuple and inside device, stamped now, its device recorded.
# (Vigor's vignat paygo-int_alloc_flow.)
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, received_on_port, ip.npid)
if received_on_port != EXT_DEVICE and flow not in flows and not flows.full():
    flows.add(flow, the_index_allocated, now)
    flow_devices[the_index_allocated] = FlowDevice(received_on_port)
else:
    pass
