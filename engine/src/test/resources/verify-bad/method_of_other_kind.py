# expect: 4:11: dyn_ports is a vector and has no method add
from state import dyn_ports
h = pop_header(ether, on_mismatch=([], []))
dyn_ports.add(h.saddr, the_index_allocated, now)
