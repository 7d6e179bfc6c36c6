# The pool after nf_init, stated in another order than nf_init adds the backends: the allocator's
# indices are its own business, so the order does not matter.
from state import backend_ips, backend_devices
backend_ips.add(0x0A000003, the_index_allocated, 0)
backend_devices[the_index_allocated] = Backend(1)
backend_ips.add(0x0A000001, the_index_allocated, 0)
backend_devices[the_index_allocated] = Backend(1)
backend_ips.add(0x0A000002, the_index_allocated, 0)
backend_devices[the_index_allocated] = Backend(0)
