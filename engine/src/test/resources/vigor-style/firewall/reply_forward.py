# The catalog firewall's reply forwarding, written the way Vigor's own properties are: method
# calls, Tc(...) records, reversed pops, vector_get, '...' for fields the NF may rewrite.
from state import flows, flow_devices
EXP_TIME = 120 * 1000 * 1000 * 1000
WAN_DEVICE = 2

h3 = pop_header(tcpudp, on_mismatch=([],[]))
h2 = pop_header(ipv4, on_mismatch=([],[]))
h1 = pop_header(ether, on_mismatch=([],[]))
if a_packet_received:
    flows.expire_all(now - EXP_TIME)

internal_flow = FlowIdc(h2.daddr, h2.saddr, h3.dst_port, h3.src_port, h2.npid)
if received_on_port == WAN_DEVICE and flows.has(internal_flow):
    fl_id = flows.get(internal_flow)
    flows.refresh_idx(fl_id, now)
    out_port = vector_get(flow_devices, fl_id).device
    return ([out_port],[ether(h1, saddr=..., daddr=...),
                        ipv4(h2, cksum=...),
                        tcpudp(h3)]);
else:
    pass
