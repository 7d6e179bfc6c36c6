# expect: 3:29: unknown state object dyn_map; did you mean dyn_emap?
# mode: nf
from state import dyn_emap, dyn_map
