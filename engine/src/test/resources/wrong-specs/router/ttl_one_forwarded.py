# expect: 28 21
# Wrong on purpose: the full router spec forwarding packets whose TTL is 1.
# IPv4 router, RFC 1812 forwarding: four devices, routes in an lpm table. A packet is forwarded
# only with a valid IPv4 header without options (5.2.2), a TTL above 1 (5.3.1), and a route to one
# of the router's devices (5.2.4.3: the longest matching prefix); it then leaves with its TTL one
# lower, everything else in the packet as received but the header checksum. Everything else is
# dropped. The table never changes.
#
# The new header checksum is left open (cksum=...) here: pending/checksum_update.py states it
# exactly (RFC 1624), but Z3 does not decide that yet within the default budget.
from state import routes   # unchanged: forwarding never changes the table

DEVICES = 4          # the router's devices are 0 .. DEVICES - 1
NO_OPTIONS = 0x45    # version 4, IHL 5

eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))

if ip.vihl != NO_OPTIONS:
    return DROP
if ip.ttl < 1:
    return DROP
if ip.daddr not in routes:
    return DROP
out = routes.lookup(ip.daddr)
if out >= DEVICES:
    return DROP
return ([out], [ether(eth), ipv4(ip, ttl=ip.ttl - 1, cksum=...)])
