# expect: 5:41: record DynamicValue has no field port; its fields are device
from state import dyn_macs, dyn_ports
h = pop_header(ether, on_mismatch=([], []))
if h.daddr in dyn_macs:
    return dyn_ports[dyn_macs[h.daddr]].port, pkt
