# A client packet of a known flow whose backend is alive goes to that backend (its MAC and
# address written in, ports untouched), and the flow is restamped.
# Original: viglb/paygo-known_flow_forward.py
from state import flow_emap, flow_id_to_backend_id, backends, backend_ip_emap

EXP_TIME = 10 * 1000 * 1000 * 1000
BACKEND_EXP_TIME = 3600 * 1000 * 1000 * 1000
EXT_DEVICE = 2

flow_emap.expire_all(now - EXP_TIME)
backend_ip_emap.expire_all(now - BACKEND_EXP_TIME)
l4 = pop_header(tcpudp, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))

flow = LoadBalancedFlow(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if received_on_port == EXT_DEVICE and flow in flow_emap:
    assigned = flow_id_to_backend_id[flow_emap[flow]].backend
    if backend_ip_emap.has_idx(assigned):
        flow_emap.refresh_idx(flow_emap[flow], now)
        b = backends[assigned]
        return ([b.nic], [ether(eth, saddr=..., daddr=b.mac), ipv4(ip, cksum=..., daddr=b.ip), tcpudp(l4)])
    else:
        pass
else:
    pass
