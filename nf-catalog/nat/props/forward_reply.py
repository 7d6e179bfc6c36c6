# forward_reply: a reply from a flow's remote end goes to the flow's inside device, addressed to
# the inside host (address and port), its checksums updated; nothing else in it changes.
# (Vigor's vignat paygo-forward_reply.)
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated
eth = pop_header(ether, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
index = l4.dst_port - start_port
if received_on_port == EXT_DEVICE and flows.has_idx(index):
    flow = flows.get_key(index)
    if flow.dst_ip == ip.saddr and flow.dst_port == l4.src_port and flow.protocol == ip.npid:
        flows.refresh_idx(index, now)
        return ([flow_devices[index].device],
                [eth, ipv4(ip, daddr=flow.src_ip, cksum=...),
                 tcpudp(l4, dst_port=flow.src_port, cksum=...)])
    else:
        pass
else:
    pass
