# pass_compliant: a WAN packet to a known host passes, unchanged, to the LAN when the host's
# bucket, refilled at RATE bytes/s since it was stamped (at most BURST; full once idle for
# EXP_TIME), holds more bytes than the packet; the bucket keeps the rest, stamped now.
# (Vigor's vigpol property paygo-forward_compliant.py states this behaviour.)
from state import dsts, buckets

WAN_DEVICE = 0
LAN_DEVICE = 1
RATE = 375000000                       # bytes per second
BURST = 3750000000                     # bytes
EXP_TIME = 10 * 1000 * 1000 * 1000     # ns

ip = pop_header(ipv4, on_mismatch=([], []))

dsts.expire_all(now - EXP_TIME)

if received_on_port == WAN_DEVICE and DstIp(ip.daddr) in dsts:
    index = dsts[DstIp(ip.daddr)]
    dsts.refresh_idx(index, now)
    bucket = buckets[index]
    if now - bucket.time < EXP_TIME:
        size = bucket.size + (now - bucket.time) * RATE / 1000000000
        if BURST < size:
            size = BURST
    else:
        size = BURST
    if packet_size < size:
        buckets[index] = Bucket(size - packet_size, now)
        return LAN_DEVICE, pkt
    else:
        pass
else:
    pass
