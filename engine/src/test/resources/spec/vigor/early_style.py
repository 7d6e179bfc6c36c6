# Written the way early Vigor properties were: break for "nothing to say", a vector used without
# importing it (the data spec named it), and DPDK's header name.
from state import macs
WINDOW = 10
h = pop_header(rte_ether, on_mismatch=([], []))
if WINDOW <= now:
    macs.expire_all(now - WINDOW)
if macs.has(h.saddr):
    break
elif not macs.full():
    macs.add(h.saddr, the_index_allocated, now)
    ports.set(the_index_allocated, PortOfc(received_on_port))
if h.daddr in pinned or h.daddr in macs:
    pass
else:
    return ([...], [rte_ether(h)])
