# expect: 5:9: 'k in dyn_vals' needs an emap, a map or an lpm, but dyn_vals is a vector; its methods are get, set
# mode: nf
from state import dyn_vals
h = pop_header(ether, on_mismatch=([], []))
if 3 in dyn_vals:
    pass
