# TCP and UDP packets to port 80 go to port 8080, their checksum updated (any value); every
# packet leaves on the other device, and nothing else in it changes.
l4 = pop_header(tcpudp, on_mismatch=([1 - received_on_port], pkt))
if l4.dst_port == 80:
    eth = pop_header(ether, on_mismatch=([], []))
    ip = pop_header(ipv4, on_mismatch=([], []))
    return ([1 - received_on_port], [ether(eth), ipv4(ip), tcpudp(l4, dst_port=8080, cksum=...)])
return 1 - received_on_port, pkt
