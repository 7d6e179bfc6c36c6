# new_host_bucket: a WAN packet to a host with no bucket (after expiry) gets the host a full
# bucket, less the packet, stamped now, and passes to the LAN, while the table has room.
# (Vigor's vigpol property paygo-incast_add.py states this behaviour.)
from state import dsts, buckets

WAN_DEVICE = 0
LAN_DEVICE = 1
BURST = 3750000000                     # bytes
EXP_TIME = 10 * 1000 * 1000 * 1000     # ns

ip = pop_header(ipv4, on_mismatch=([], []))

dsts.expire_all(now - EXP_TIME)

if received_on_port == WAN_DEVICE and not DstIp(ip.daddr) in dsts and not dsts.full():
    dsts.add(DstIp(ip.daddr), the_index_allocated, now)
    buckets[the_index_allocated] = Bucket(BURST - packet_size, now)
    return LAN_DEVICE, pkt
else:
    pass
