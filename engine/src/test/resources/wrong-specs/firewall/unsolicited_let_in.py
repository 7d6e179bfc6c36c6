# expect: 23
# Wrong on purpose: the full firewall spec letting WAN packets of unknown flows in.
# Stateful firewall: LAN devices 0 and 1, WAN device 2. Only TCP and UDP over IPv4 pass. The LAN
# opens flows; from the WAN only replies to open flows get in. Packets are never modified.
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000    # idle time after which a flow expires: 120 s, in ns
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)

if received_on_port == WAN_DEVICE:
    # A reply travels the flow backwards: its destination is the LAN host.
    flow = FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid)
    if flow in flows:
        index = flows[flow]
        flows.refresh_idx(index, now)
        return flow_devices[index].device, pkt
    else:
        return 0, pkt
else:
    flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
    if flow in flows:
        index = flows[flow]
        flows.refresh_idx(index, now)
        flow_devices[index] = FlowDevice(received_on_port)
    elif not flows.full():
        flows.add(flow, the_index_allocated, now)
        flow_devices[the_index_allocated] = FlowDevice(received_on_port)
    return WAN_DEVICE, pkt

# Parity: states the behaviour of the original Vigor vigfw/spec.py (see nf-catalog/README.md).
