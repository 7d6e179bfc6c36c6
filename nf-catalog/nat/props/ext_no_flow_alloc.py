# ext_no_flow_alloc: packets from outside never open a flow: after expiry the flow table changes
# only by restamping the flow a reply is accepted for, and no inside device is recorded.
# (Vigor's vignat paygo-ext_no_flow_alloc.)
from state import flows, flow_devices   # unchanged: no inside device is recorded

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
    pass
