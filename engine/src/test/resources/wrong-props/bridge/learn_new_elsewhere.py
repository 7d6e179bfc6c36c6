# expect: 12, 13
# WRONG on purpose (a wrong variant of learn_new.py, after vigbridge/paygo-learn): claims a new
# source is learned on the other port than the one its frame came in on.
from state import dyn_macs, dyn_ports

EXP_TIME = 300 * 1000 * 1000 * 1000

h = pop_header(ether, on_mismatch=([], []))

dyn_macs.expire_all(now - EXP_TIME)
if not h.saddr in dyn_macs and not dyn_macs.full():
    dyn_macs.add(h.saddr, the_index_allocated, now)
    dyn_ports[the_index_allocated] = DynamicValue(1 - received_on_port)
else:
    pass
