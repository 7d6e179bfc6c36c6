# expect: 4:1: 
from state import dyn_macs
h = pop_header(ether, on_mismatch=([], []))
dyn_macs.expire_all()
