# Property nat_inbound: inbound translation of known flows.
# It must say: an IPv4 TCP/UDP packet received on wan_device, addressed to ext_ip and to a port
# start_port + i where index i holds a live flow, is sent on that flow's internal device with the
# destination address and port of the flow's internal side and checksums updated.
# On everything else it passes.
# covers: rfc3022-napt#inbound-1, rfc3022-napt#checksum-1
pass
