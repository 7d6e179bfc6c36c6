# expect: 2:29: unknown state object mac_table; the NF exports dyn_macs, dyn_ports, static_macs
from state import dyn_macs, mac_table
h = pop_header(ether, on_mismatch=([], []))
