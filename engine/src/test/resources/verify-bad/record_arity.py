# expect: 5:20: 
from state import dyn_macs, dyn_ports
h = pop_header(ether, on_mismatch=([], []))
if h.saddr in dyn_macs:
    dyn_ports[0] = DynamicValue(received_on_port, 1)
