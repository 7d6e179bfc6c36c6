# expect: 13
# WRONG on purpose: claims flows never expire, so a reply to any flow ever opened gets in (an idle
# flow expires after EXP_TIME and its replies are dropped).
from state import flows, flow_devices

WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if received_on_port == WAN_DEVICE:
    flow = FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid)
    if flow in flows:
        return flow_devices[flows[flow]].device, pkt
    else:
        pass
else:
    pass
