# only_tcp_udp: a packet that is not TCP or UDP over IPv4 (too short, another ethertype or
# protocol, a malformed IPv4 header, a non-first fragment) is dropped, from either side, and
# changes no flow: it does not even trigger expiry.
from state import flows, flow_devices   # unchanged: such a packet changes no flow

l4 = pop_header(tcpudp, on_mismatch=([], []))
pass
