# expect: 4:1: 
from state import dyn_ports
h = pop_header(ether, on_mismatch=([], []))
dyn_ports.add(h.saddr, the_index_allocated, now)
