# A heartbeat from an address that is not a live backend registers it, on the device it came
# from, while the backend table has room.
# Original: viglb/paygo-heartbeat_add_backend.py
from state import backends, backend_ip_emap

BACKEND_EXP_TIME = 3600 * 1000 * 1000 * 1000
EXT_DEVICE = 2

backend_ip_emap.expire_all(now - BACKEND_EXP_TIME)
l4 = pop_header(tcpudp, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))

sender = ip_addr(ip.saddr)
if received_on_port != EXT_DEVICE and sender not in backend_ip_emap and not backend_ip_emap.full():
    backend_ip_emap.add(sender, the_index_allocated, now)
    backends[the_index_allocated] = LoadBalancedBackend(received_on_port, eth.saddr, ip.saddr)
else:
    pass
