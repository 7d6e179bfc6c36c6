# expect: 18
# The full spec with the TTL left as received: wrong, the router decrements it.
from state import routes   # unchanged: forwarding never changes the table

DEVICES = 4
NO_OPTIONS = 0x45

eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))

if ip.vihl != NO_OPTIONS or ip.ttl <= 1 or ip.daddr not in routes:
    return DROP
out = routes.lookup(ip.daddr)
if out >= DEVICES:
    return DROP
# (line 16) the checksum may change; the TTL, this spec wrongly says, may not
# (line 17)
return ([out], [ether(eth), ipv4(ip, cksum=...)])
