# table_updates: when the learning table is full (after expiry), a frame from a new station
# changes nothing: the station is not learned and no other entry is evicted or moved.
# Says nothing about where the frame goes.
from state import dyn_macs, dyn_ports

EXP_TIME = 300 * 1000 * 1000 * 1000    # 300 s, in ns

h = pop_header(ether, on_mismatch=([], []))

dyn_macs.expire_all(now - EXP_TIME)
if h.saddr in dyn_macs or not dyn_macs.full():
    pass
