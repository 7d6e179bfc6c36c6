# expect: 5:10: dyn_vals is a vector and has no method add; its methods are get, set
# mode: nf
from state import dyn_vals
h = pop_header(ether, on_mismatch=([], []))
dyn_vals.add(h.saddr, the_index_allocated, now)
