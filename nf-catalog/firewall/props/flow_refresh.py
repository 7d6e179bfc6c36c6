# flow_refresh: a packet of an open flow, from the LAN or as a reply from the WAN, restamps the
# flow with its arrival time (after expiry), so flows in use in either direction never expire.
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
if received_on_port == WAN_DEVICE:
    flow = FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid)
else:
    flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
if flow in flows:
    flows.refresh_idx(flows[flow], now)
else:
    pass

# Parity: states the behaviour of the original Vigor vigfw/paygo-flowtable_refresh.py (see nf-catalog/README.md).
