# expect: 6
# Wrong: a packet with no route is dropped, not sent upstream on device 0.
from state import routes
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.vihl == 0x45 and ip.ttl > 1 and ip.daddr not in routes:
    return 0, pkt
else:
    pass
