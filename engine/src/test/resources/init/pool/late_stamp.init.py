# expect: 6
# WRONG on purpose: backend .1 is stamped at time 5; nf_init stamps every backend at 0.
from state import backend_ips
backend_ips.add(0x0A000003, the_index_allocated, 0)
backend_ips.add(0x0A000002, the_index_allocated, 0)
backend_ips.add(0x0A000001, the_index_allocated, 5)
