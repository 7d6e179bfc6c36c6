# Firewall: the inside may open flows; the outside only gets replies to open flows.
from state import flows, int_devices
EXP_TIME = 60 * 1000 * 1000 * 1000
WAN = 1

flows.expire_all(now - EXP_TIME)
l4 = pop_header(tcpudp, on_mismatch=DROP)
ip = pop_header(ipv4, on_mismatch=DROP)
eth = pop_header(ether, on_mismatch=DROP)

if received_on_port == WAN:
    reply = FlowId(l4.dst_port, l4.src_port, ip.dst, ip.src, received_on_port, ip.protocol)
    if not flows.has(reply):
        return DROP
    idx = flows.get(reply)
    flows.refresh_idx(idx, now)
    return ([vector_get(int_devices, idx)],
            [ether(eth, src=..., dst=...), ipv4(ip, cksum=...), tcpudp(l4)])
flow = FlowId(l4.src_port, l4.dst_port, ip.saddr, ip.daddr, received_on_port, ip.npid)
if flow in flows:
    flows.refresh_idx(flows.get(flow), now)
elif not flows.full():
    flows.add(flow, the_index_allocated, now)
    vector_set(int_devices, the_index_allocated, received_on_port)
return ([WAN], [ether(eth, saddr=..., daddr=...), ipv4(ip, cksum=...), tcpudp(l4)])
