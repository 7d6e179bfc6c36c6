# new_flow_forward: a packet from inside that opens a flow leaves on the external device from the
# external address and the new flow's external port, checksums updated.
# (Vigor's vignat paygo-new_flow_forward.)
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated
eth = pop_header(ether, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, received_on_port, ip.npid)
if received_on_port != EXT_DEVICE and flow not in flows and not flows.full():
    flows.add(flow, the_index_allocated, now)
    flow_devices[the_index_allocated] = FlowDevice(received_on_port)
    return ([EXT_DEVICE],
            [eth, ipv4(ip, saddr=ext_ip, cksum=...),
             tcpudp(l4, src_port=start_port + the_index_allocated, cksum=...)])
else:
    pass
