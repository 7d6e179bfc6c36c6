# NAT in the spirit of RFC 3022: inside flows are rewritten to the external
# address and a port derived from the flow's index; outside packets must match a flow.
from state import flows
EXP_TIME = 2 * 60 * 1000 * 1000 * 1000
EXT_IP = ext_ip
WAN = 0

flows.expire_all(now - EXP_TIME)
l4 = pop_header(tcpudp, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))
if received_on_port == WAN:
    idx = l4.dst_port - start_port
    if not flows.has_idx(idx):
        return DROP
    inner = flows.get_key(idx)
    if inner.dst_ip != ip.saddr or inner.dst_port != l4.src_port or inner.protocol != ip.npid:
        return DROP
    flows.refresh_idx(idx, now)
    return ([inner.device],
            [ether(eth, saddr=..., daddr=...),
             ipv4(ip, daddr=inner.src_ip, cksum=...),
             tcpudp(l4, dst_port=inner.src_port)])
else:
    flow = FlowIdc(l4.src_port, l4.dst_port, ip.saddr, ip.daddr, received_on_port, ip.npid)
    if flows.has(flow):
        idx = flows.get(flow)
        flows.refresh_idx(idx, now)
    elif flows.full():
        return DROP
    else:
        idx = the_index_allocated
        flows.add(flow, idx, now)
    return ([WAN],
            [ether(eth, saddr=..., daddr=...),
             ipv4(ip, saddr=EXT_IP, cksum=...),
             tcpudp(l4, src_port=start_port + idx)])
