# expect: 3:19: 
from state import dyn_macs, mac_table
h = pop_header(ether, on_mismatch=([], []))
