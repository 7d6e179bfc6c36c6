# no_route: a packet whose destination matches no prefix of the table is dropped (RFC 1812
# 5.2.4.3: no route, no forwarding).
from state import routes

ip = pop_header(ipv4, on_mismatch=([], []))
if ip.daddr not in routes:
    return DROP
else:
    pass
