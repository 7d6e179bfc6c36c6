# expect: 48
# Wrong on purpose: the full load balancer spec sending a client packet to device 0 when no backend is alive (it is dropped).
# Maglev load balancer (Eisenbud et al., NSDI'16), after the Vigor paper's VigLB spec.
# Devices 0 and 1 face the backends, device 2 the clients. Only TCP/UDP over IPv4 is handled.
from state import flow_emap, flow_id_to_backend_id, backends, backend_ip_emap, cht

EXP_TIME = 10 * 1000 * 1000 * 1000             # idle time of a client flow: 10 s, in ns
BACKEND_EXP_TIME = 3600 * 1000 * 1000 * 1000   # silence after which a backend expires: 3600 s
EXT_DEVICE = 2

# Both tables age on every packet, whatever it carries.
flow_emap.expire_all(now - EXP_TIME)
backend_ip_emap.expire_all(now - BACKEND_EXP_TIME)

l4 = pop_header(tcpudp, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))

if received_on_port != EXT_DEVICE:
    # A heartbeat: its sender is (still) a backend, reached on this device. Never forwarded.
    sender = ip_addr(ip.saddr)
    if sender in backend_ip_emap:
        backend_ip_emap.refresh_idx(backend_ip_emap[sender], now)
    elif not backend_ip_emap.full():
        backend_ip_emap.add(sender, the_index_allocated, now)
        backends[the_index_allocated] = LoadBalancedBackend(received_on_port, eth.saddr, ip.saddr)
    return DROP

flow = LoadBalancedFlow(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if flow in flow_emap:
    assigned = flow_id_to_backend_id[flow_emap[flow]].backend
    if backend_ip_emap.has_idx(assigned):
        # a known flow sticks to its backend while that backend is alive
        flow_emap.refresh_idx(flow_emap[flow], now)
        b = backends[assigned]
        return ([b.nic], [ether(eth, saddr=..., daddr=b.mac), ipv4(ip, cksum=..., daddr=b.ip), tcpudp(l4)])
    # its backend died: forget the assignment and choose again
    flow_emap.erase(flow)

if backend_ip_emap.exists_with_cht(cht, _LoadBalancedFlow_hash(flow)):
    chosen = backend_ip_emap.choose_with_cht(cht, _LoadBalancedFlow_hash(flow))
    if not flow_emap.full():
        flow_emap.add(flow, the_index_allocated, now)
        flow_id_to_backend_id[the_index_allocated] = FlowBackend(chosen)
    b = backends[chosen]
    return ([b.nic], [ether(eth, saddr=..., daddr=b.mac), ipv4(ip, cksum=..., daddr=b.ip), tcpudp(l4)])
else:
    return 0, pkt
