# table_updates: when the learning table is full (after expiry), a frame from a new station leaves
# the table as expiry left it: the station is not learned, and no entry is evicted, moved or
# restamped.
# Says nothing about where the frame goes.
from state import dyn_macs, dyn_ports   # dyn_ports unchanged: no entry moves to another port

EXP_TIME = 300 * 1000 * 1000 * 1000    # 300 s, in ns

h = pop_header(ether, on_mismatch=([], []))

dyn_macs.expire_all(now - EXP_TIME)
if h.saddr in dyn_macs or not dyn_macs.full():
    pass
