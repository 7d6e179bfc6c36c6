# expect: 5:14: 
from state import dyn_macs, dyn_ports
h = pop_header(ether, on_mismatch=([], []))
if h.daddr in dyn_macs:
    return dyn_ports[dyn_macs[h.daddr]].port, pkt
