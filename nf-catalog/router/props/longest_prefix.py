# longest_prefix: a forwarded packet goes to the device of the longest prefix matching its
# destination, and only there (RFC 1812 5.2.4.3). Says nothing about what it carries.
from state import routes

DEVICES = 4
NO_OPTIONS = 0x45

ip = pop_header(ipv4, on_mismatch=([], []))
if ip.vihl == NO_OPTIONS and ip.ttl > 1 and ip.daddr in routes:
    out = routes.lookup(ip.daddr)
    if out < DEVICES:
        assert sent_on_ports == [out]
    else:
        pass
else:
    pass
