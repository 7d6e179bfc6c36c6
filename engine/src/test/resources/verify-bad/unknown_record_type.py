# expect: 5:20: unknown record type DynamicPort; the NF's record types are DynamicValue, StaticValue
from state import dyn_macs, dyn_ports
h = pop_header(ether, on_mismatch=([], []))
if h.saddr in dyn_macs:
    dyn_ports[0] = DynamicPort(received_on_port)
