# checksum_update: a forwarded packet's IPv4 header checksum is the received one updated for the
# TTL decrement by RFC 1624's eqn. 3,
# HC' = ~(~HC + ~m + m'), m and m' the 16-bit word holding TTL and protocol before and after.
from state import routes   # unchanged: forwarding never changes the table

DEVICES = 4
NO_OPTIONS = 0x45

eth = pop_header(ether, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))

if ip.vihl != NO_OPTIONS or ip.ttl <= 1 or ip.daddr not in routes:
    pass
else:
    out = routes.lookup(ip.daddr)
    if out >= DEVICES:
        pass
    else:
        old_word = ip.ttl * 256 + ip.npid
        new_word = (ip.ttl - 1) * 256 + ip.npid
        c = (0xFFFF - ip.cksum) + (0xFFFF - old_word) + new_word   # ~HC + ~m + m'
        c = c % 65536 + c // 65536                                  # end-around carries
        c = c % 65536 + c // 65536
        return ([out], [ether(eth), ipv4(ip, ttl=ip.ttl - 1, cksum=0xFFFF - c)])
