# expect: 5
# WRONG on purpose: claims the router is also learned on port 1 at start-up; nothing is learned
# before the first frame.
from state import dyn_macs, dyn_ports
dyn_macs.add(0x020000000001, the_index_allocated, 0)
dyn_ports[the_index_allocated] = DynamicValue(1)
