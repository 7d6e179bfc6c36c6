# expect: 4:1: wrong number of arguments: dyn_macs.expire_all takes 1 argument (time), 0 given
from state import dyn_macs
h = pop_header(ether, on_mismatch=([], []))
dyn_macs.expire_all()
