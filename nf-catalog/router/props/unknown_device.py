# unknown_device: a packet whose longest matching prefix names a device the router does not have
# is dropped, not sent to an arbitrary one.
from state import routes

DEVICES = 4

ip = pop_header(ipv4, on_mismatch=([], []))
if ip.daddr in routes and routes.lookup(ip.daddr) >= DEVICES:
    return DROP
else:
    pass
