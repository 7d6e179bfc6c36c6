# expect: 3:5: dyn_emap.add(...) changes state and has no value
from state import dyn_emap
x = dyn_emap.add(1, 2, now)
