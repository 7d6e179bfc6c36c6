# A heartbeat from a live backend keeps it alive: its registration is restamped now.
# Original: viglb/paygo-heartbeat_refresh.py
from state import backend_ip_emap

BACKEND_EXP_TIME = 3600 * 1000 * 1000 * 1000
EXT_DEVICE = 2

backend_ip_emap.expire_all(now - BACKEND_EXP_TIME)
l4 = pop_header(tcpudp, on_mismatch=([], []))
ip = pop_header(ipv4, on_mismatch=([], []))
eth = pop_header(ether, on_mismatch=([], []))

sender = ip_addr(ip.saddr)
if received_on_port != EXT_DEVICE and sender in backend_ip_emap:
    backend_ip_emap.refresh_idx(backend_ip_emap[sender], now)
else:
    pass
