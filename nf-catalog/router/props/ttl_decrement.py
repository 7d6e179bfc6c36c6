# ttl_decrement: a forwarded packet leaves with its TTL one lower than it arrived with, and every
# other byte as received except the header checksum (RFC 1812 5.3.1). Says nothing about which
# device.
from state import routes

DEVICES = 4
NO_OPTIONS = 0x45

eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.vihl == NO_OPTIONS and ip.ttl > 1 and ip.daddr in routes and routes.lookup(ip.daddr) < DEVICES:
    return ([...], [ether(eth), ipv4(ip, ttl=ip.ttl - 1, cksum=...)])
else:
    pass
