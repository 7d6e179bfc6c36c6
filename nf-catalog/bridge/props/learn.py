# learn: after forgetting stations not heard from for EXP_TIME, the bridge learns a frame's
# source MAC on the port the frame came in on; a source it already knows is restamped with the
# frame's arrival time and moved to that port; a new source is not learned when the table is full.
# Says nothing about where the frame goes.
from state import dyn_macs, dyn_ports

EXP_TIME = 300 * 1000 * 1000 * 1000    # 300 s, in ns

h = pop_header(ether, on_mismatch=([], []))

dyn_macs.expire_all(now - EXP_TIME)
if h.saddr in dyn_macs:
    station = dyn_macs[h.saddr]
    dyn_macs.refresh_idx(station, now)
    dyn_ports[station] = DynamicValue(received_on_port)
elif not dyn_macs.full():
    dyn_macs.add(h.saddr, the_index_allocated, now)
    dyn_ports[the_index_allocated] = DynamicValue(received_on_port)

# Parity: states the behaviour of the original Vigor vigbridge/paygo-table_updates.py (see nf-catalog/README.md).
