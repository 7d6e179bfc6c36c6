# int_refresh_flow: a packet from inside of a flow the table holds restamps it, and changes
# nothing else in the tables. (Vigor's vignat paygo-int_refresh_flow.)
from state import flows, flow_devices   # unchanged: a known flow keeps its device

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, received_on_port, ip.npid)
if received_on_port != EXT_DEVICE and flow in flows:
    flows.refresh_idx(flows[flow], now)
else:
    pass
