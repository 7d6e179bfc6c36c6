# block_packet_injection: anti-spoofing. A packet from outside that names an open flow by its
# destination port but does not come from that flow's remote end (address, port, protocol) is
# dropped, and the flow is not restamped by it. (Vigor's vignat paygo-block_packet_injection.)
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated

flows.expire_all(now - EXP_TIME)
index = l4.dst_port - start_port
if received_on_port == EXT_DEVICE and flows.has_idx(index):
    flow = flows.get_key(index)
    if flow.dst_ip != ip.saddr or flow.dst_port != l4.src_port or flow.protocol != ip.npid:
        return DROP
    else:
        pass
else:
    pass
