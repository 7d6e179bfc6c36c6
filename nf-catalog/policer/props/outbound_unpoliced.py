# outbound_unpoliced: an IPv4 packet from the LAN goes, unchanged, to the WAN, whatever the
# buckets hold; policing applies to WAN->LAN traffic only.
# (Vigor's vigpol property paygo-outcast_nopolicing.py states this behaviour.)
WAN_DEVICE = 0
LAN_DEVICE = 1

ip = pop_header(ipv4, on_mismatch=([], []))

if received_on_port == LAN_DEVICE:
    return WAN_DEVICE, pkt
else:
    pass
