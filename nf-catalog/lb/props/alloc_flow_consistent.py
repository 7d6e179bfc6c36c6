# An unknown client flow, when some backend is alive and the flow table has room, is remembered
# with the backend Maglev's table chose for it.
# Original: viglb/paygo-alloc_flow_consistent.py
from state import flow_emap, flow_id_to_backend_id, backend_ip_emap, cht

EXP_TIME = 10 * 1000 * 1000 * 1000
BACKEND_EXP_TIME = 3600 * 1000 * 1000 * 1000
EXT_DEVICE = 2

flow_emap.expire_all(now - EXP_TIME)
backend_ip_emap.expire_all(now - BACKEND_EXP_TIME)
l4 = pop_header(tcpudp, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))

flow = LoadBalancedFlow(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if (received_on_port == EXT_DEVICE and flow not in flow_emap
        and backend_ip_emap.exists_with_cht(cht, _LoadBalancedFlow_hash(flow))
        and not flow_emap.full()):
    chosen = backend_ip_emap.choose_with_cht(cht, _LoadBalancedFlow_hash(flow))
    flow_emap.add(flow, the_index_allocated, now)
    flow_id_to_backend_id[the_index_allocated] = FlowBackend(chosen)
else:
    pass
