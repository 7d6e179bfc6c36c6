# expect: 6:12: record DynamicValue has no field port; its fields are output_port
# mode: nf
from state import dyn_emap, dyn_vals
h = pop_header(ether, on_mismatch=([], []))
v = dyn_vals.get(dyn_emap.get(h.daddr))
return ([v.port], [ether(h)])
