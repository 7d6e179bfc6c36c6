# lpm reads: 'addr in routes' and routes.has(addr) test for a matching prefix; routes.lookup(addr)
# is the longest match's value.
from state import routes
ip = pop_header(ipv4, on_mismatch=([], []))
if ip.daddr in routes and routes.has(ip.saddr):
    return routes.lookup(ip.daddr), pkt
else:
    return DROP
