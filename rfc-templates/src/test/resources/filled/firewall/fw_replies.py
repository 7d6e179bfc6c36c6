# Property fw_replies: replies to open flows pass.
# It must say: an IPv4 TCP/UDP packet received on wan_device whose reversed flow is in flows
# is sent unchanged to the internal device. On everything else it passes.
# covers: stateful-fw#replies-1
# The catalog firewall's WAN is device 2, its flows expire after 120 s, and it records each
# flow's internal device in flow_devices.
from state import flows, flow_devices

EXP_TIME = 120 * 1000 * 1000 * 1000
WAN_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
if received_on_port == WAN_DEVICE:
    reply = FlowId(ip.daddr, ip.saddr, l4.dst_port, l4.src_port, ip.npid)
    if reply in flows:
        return flow_devices[flows[reply]].device, pkt
