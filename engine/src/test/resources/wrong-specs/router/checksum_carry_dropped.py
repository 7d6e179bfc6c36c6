# expect: 31
# Wrong on purpose: the full router spec with the checksum's carries dropped (two's-complement
# arithmetic), not folded back as one's-complement addition requires (RFC 1071, RFC 1624).
# IPv4 router, RFC 1812 forwarding: four devices, routes in an lpm table. A packet is forwarded
# only with a valid IPv4 header without options (5.2.2), a TTL above 1 (5.3.1), and a route to one
# of the router's devices (5.2.4.3: the longest matching prefix); it then leaves with its TTL one
# lower, everything else in the packet as received but the header checksum. Everything else is
# dropped. The table never changes. The header checksum is the received one updated for the
# changed TTL/protocol word by RFC 1624's eqn. 3, HC' = ~(~HC + ~m + m') in one's complement.
from state import routes   # unchanged: forwarding never changes the table

DEVICES = 4          # the router's devices are 0 .. DEVICES - 1
NO_OPTIONS = 0x45    # version 4, IHL 5

eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))

if ip.vihl != NO_OPTIONS:
    return DROP
if ip.ttl <= 1:
    return DROP
if ip.daddr not in routes:
    return DROP
out = routes.lookup(ip.daddr)
if out >= DEVICES:
    return DROP
old_word = ip.ttl * 256 + ip.npid
new_word = (ip.ttl - 1) * 256 + ip.npid
c = (0xFFFF - ip.cksum) + (0xFFFF - old_word) + new_word   # ~HC + ~m + m'
c = c % 65536                                               # the carries dropped
return ([out], [ether(eth), ipv4(ip, ttl=ip.ttl - 1, cksum=0xFFFF - c)])
