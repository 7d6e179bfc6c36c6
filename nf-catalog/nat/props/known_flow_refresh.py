# known_flow_refresh: a packet from inside of a known flow is restamped and sent out on the
# external device from the external address and the flow's external port (start_port + its
# index), checksums updated. (Vigor's vignat paygo-known_flow_refresh.)
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated
eth = pop_header(ether, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, received_on_port, ip.npid)
if received_on_port != EXT_DEVICE and flow in flows:
    index = flows[flow]
    flows.refresh_idx(index, now)
    return ([EXT_DEVICE],
            [eth, ipv4(ip, saddr=ext_ip, cksum=...),
             tcpudp(l4, src_port=start_port + index, cksum=...)])
else:
    pass
