# drop_excess: a WAN packet to a known host whose bucket, refilled at RATE bytes/s since it was
# stamped (at most BURST; full once idle for EXP_TIME), holds no more bytes than the packet is
# dropped; the bucket keeps what it holds, restamped now.
# (Vigor's vigpol property paygo-drop_excess.py states this behaviour.)
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
    if size <= packet_size:
        buckets[index] = Bucket(size, now)
        return DROP
    else:
        pass
else:
    pass
