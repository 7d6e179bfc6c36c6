# expect: 5:20: wrong number of arguments: record DynamicValue has 1 field (device), 2 given
from state import dyn_macs, dyn_ports
h = pop_header(ether, on_mismatch=([], []))
if h.saddr in dyn_macs:
    dyn_ports[0] = DynamicValue(received_on_port, 1)
