# expect: 9
# WRONG on purpose: the devices of backends .3 and .2 are swapped (the first difference, by index, is .2 at line 9).
from state import backend_ips, backend_devices
backend_ips.add(0x0A000003, the_index_allocated, 0)
backend_devices[the_index_allocated] = Backend(0)
backend_ips.add(0x0A000001, the_index_allocated, 0)
backend_devices[the_index_allocated] = Backend(1)
backend_ips.add(0x0A000002, the_index_allocated, 0)
backend_devices[the_index_allocated] = Backend(1)
