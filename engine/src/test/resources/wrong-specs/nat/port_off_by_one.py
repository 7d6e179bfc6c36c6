# expect: 45
# Wrong on purpose: the full NAT spec with external ports one past start_port + index.
# NAPT (RFC 3022): inside devices 0 and 1, outside device EXT_DEVICE (2). Only TCP and UDP over
# IPv4 are translated. Inside hosts share the external address ext_ip; a flow's external port is
# start_port + its index in the flow table. From outside, only the flow's remote end gets in.
# Both ext_ip and start_port are the NF's configuration (nf.properties config.*).
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # idle time after which a flow expires: 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated
eth = pop_header(ether, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)

if received_on_port == EXT_DEVICE:
    # The destination port names the flow; it must exist and the packet come from its remote end.
    index = l4.dst_port - start_port
    if flows.has_idx(index):
        flow = flows.get_key(index)
        if flow.dst_ip == ip.saddr and flow.dst_port == l4.src_port and flow.protocol == ip.npid:
            flows.refresh_idx(index, now)
            return ([flow_devices[index].device],
                    [eth, ipv4(ip, daddr=flow.src_ip, cksum=...),
                     tcpudp(l4, dst_port=flow.src_port, cksum=...)])
        else:
            return DROP
    else:
        return DROP
else:
    flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, received_on_port, ip.npid)
    if flow in flows:
        index = flows[flow]
        flows.refresh_idx(index, now)
    elif not flows.full():
        index = the_index_allocated
        flows.add(flow, index, now)
        flow_devices[index] = FlowDevice(received_on_port)
    else:
        return DROP
    return ([EXT_DEVICE],
            [eth, ipv4(ip, saddr=ext_ip, cksum=...),
             tcpudp(l4, src_port=start_port + index + 1, cksum=...)])
