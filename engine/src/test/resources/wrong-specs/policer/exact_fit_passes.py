# expect: 6 30 31 32 34 35
# Wrong on purpose: the full policer spec passing a packet exactly as long as the bucket holds.
# Token-bucket policer (vigpol's spec.py): WAN device 0, LAN device 1. IPv4 from the LAN goes to
# the WAN unpoliced; IPv4 from the WAN to a LAN host passes when the host's bucket, refilled at
# RATE bytes/s up to BURST, holds more than the packet. Non-IPv4 and malformed IPv4 is dropped.
from state import dsts, buckets

WAN_DEVICE = 0
LAN_DEVICE = 1
RATE = 375000000                       # bytes per second
BURST = 3750000000                     # bytes
EXP_TIME = 10 * 1000 * 1000 * 1000     # ns: an idle bucket refills in this time, then expires

ip = pop_header(ipv4, on_mismatch=([], []))

dsts.expire_all(now - EXP_TIME)

if received_on_port == LAN_DEVICE:
    return WAN_DEVICE, pkt
elif DstIp(ip.daddr) in dsts:
    index = dsts[DstIp(ip.daddr)]
    dsts.refresh_idx(index, now)
    bucket = buckets[index]
    if now - bucket.time < EXP_TIME:
        size = bucket.size + (now - bucket.time) * RATE / 1000000000
        if BURST < size:
            size = BURST
    else:
        size = BURST
    if packet_size <= size:
        buckets[index] = Bucket(size - packet_size, now)
        return LAN_DEVICE, pkt
    else:
        buckets[index] = Bucket(size, now)
        return DROP
elif not dsts.full():
    dsts.add(DstIp(ip.daddr), the_index_allocated, now)
    buckets[the_index_allocated] = Bucket(BURST - packet_size, now)
    return LAN_DEVICE, pkt
else:
    return DROP
