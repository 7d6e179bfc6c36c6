# Property fw_outbound: outbound packets pass and open a flow.
# It must say: an IPv4 TCP/UDP packet not received on wan_device is sent unchanged on wan_device,
# and its flow (src, dst, ports, protocol) is refreshed in flows, or added with
# the_index_allocated when flows is not full. On everything else it passes.
# covers: stateful-fw#outbound-1, stateful-fw#outbound-2
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
# The catalog firewall's WAN is device 2, its flows expire after 120 s, and it records each
# flow's internal device in flow_devices.
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
if received_on_port != WAN_DEVICE:
    flow = FlowId(ip.saddr, ip.daddr, l4.src_port, l4.dst_port, ip.npid)
    if flow in flows:
        index = flows[flow]
        flows.refresh_idx(index, now)
        flow_devices[index] = FlowDevice(received_on_port)
    elif not flows.full():
        flows.add(flow, the_index_allocated, now)
        flow_devices[the_index_allocated] = FlowDevice(received_on_port)
    return WAN_DEVICE, pkt
else:
    pass
