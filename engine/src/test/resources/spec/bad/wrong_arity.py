# expect: 4:1: wrong number of arguments: dyn_emap.add takes 3 arguments (key, index, time), 2 given
from state import dyn_emap
h = pop_header(ether, on_mismatch=([], []))
dyn_emap.add(h.saddr, now)
