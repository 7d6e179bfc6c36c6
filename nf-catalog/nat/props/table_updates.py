# table_updates: how every TCP/UDP packet changes the tables, whatever becomes of it: expiry;
# from outside, the accepted reply's flow is restamped; from inside, a known flow is restamped
# and an unknown one opened while there is room. (Vigor's vignat paygo-table_updates.)
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated

flows.expire_all(now - EXP_TIME)
if received_on_port == EXT_DEVICE:
    index = l4.dst_port - start_port
    if flows.has_idx(index):
        flow = flows.get_key(index)
        if flow.dst_ip == ip.saddr and flow.dst_port == l4.src_port and flow.protocol == ip.npid:
            flows.refresh_idx(index, now)
else:
    flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, received_on_port, ip.npid)
    if flow in flows:
        flows.refresh_idx(flows[flow], now)
    elif not flows.full():
        flows.add(flow, the_index_allocated, now)
        flow_devices[the_index_allocated] = FlowDevice(received_on_port)
