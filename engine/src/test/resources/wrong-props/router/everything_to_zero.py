# expect: 10
# Wrong: routed packets do not all go to device 0; they go to their route's device.
from state import routes

NO_OPTIONS = 0x45

ip = pop_header(ipv4, on_mismatch=([], []))
if ip.vihl == NO_OPTIONS and ip.ttl > 1 and ip.daddr in routes and routes.lookup(ip.daddr) < 4:
    # (line 9)
    assert sent_on_ports == [0]
else:
    pass
