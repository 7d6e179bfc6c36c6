# expect: 9
# Wrong: a packet with IP options (IHL 6..15) is dropped, not forwarded somewhere.
from state import routes

eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.vihl > 0x45 and ip.ttl > 1 and ip.daddr in routes and routes.lookup(ip.daddr) < 4:
    # (line 8)
    return ([...], [ether(eth), ipv4(ip, ttl=ip.ttl - 1, cksum=...)])
else:
    pass
