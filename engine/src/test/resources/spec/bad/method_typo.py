# expect: 4:10: dyn_emap is an emap and has no method refresh; did you mean refresh_idx?
# mode: nf
from state import dyn_emap
dyn_emap.refresh(0, now)
