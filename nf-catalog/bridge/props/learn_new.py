# learn_new: after forgetting stations not heard from for EXP_TIME, a frame from a source the
# bridge does not know is learned on the port it came in on, stamped with its arrival time, unless
# the table is full. Says nothing about known sources or where the frame goes.
# (The same claim as the original Vigor property vigbridge/paygo-learn.py; learn.py states more.)
from state import dyn_macs, dyn_ports

EXP_TIME = 300 * 1000 * 1000 * 1000    # 300 s, in ns

h = pop_header(ether, on_mismatch=([], []))

dyn_macs.expire_all(now - EXP_TIME)
if h.saddr in dyn_macs:
    pass
elif not dyn_macs.full():
    dyn_macs.add(h.saddr, the_index_allocated, now)
    dyn_ports[the_index_allocated] = DynamicValue(received_on_port)
