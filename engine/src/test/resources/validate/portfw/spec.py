# TCP/UDP to a forwarded port goes to its host; LAN traffic leaves unchanged; the rest is dropped.
WAN = 0
LAN = 1

if received_on_port == LAN:
    return WAN, pkt
eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.npid == 6:
    l4 = pop_header(tcp, on_mismatch=([], []))
elif ip.npid == 17:
    l4 = pop_header(udp, on_mismatch=([], []))
else:
    return DROP
if l4.dst_port == 22:
    host = 0x0A000002
elif l4.dst_port == 80 or l4.dst_port == 443:
    host = 0x0A000003
else:
    return DROP
if ip.npid == 6:
    return ([LAN], [ether(eth), ipv4(ip, daddr=host, cksum=...), tcp(l4, cksum=...)])
return ([LAN], [ether(eth), ipv4(ip, daddr=host, cksum=...), udp(l4, cksum=...)])
