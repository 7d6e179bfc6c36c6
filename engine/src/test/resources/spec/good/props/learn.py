# Base property: every source address seen is learned (or refreshed) after expiry.
from state import dyn_emap, dyn_vals
EXP_TIME = 300 * 1000 * 1000 * 1000
h = pop_header(ether, on_mismatch=([], []))
dyn_emap.expire_all(now - EXP_TIME)
if h.saddr in dyn_emap:
    dyn_emap.refresh_idx(dyn_emap[h.saddr], now)
elif not dyn_emap.full():
    dyn_emap.add(h.saddr, the_index_allocated, now)
    dyn_vals[the_index_allocated] = DynamicValuec(received_on_port)
