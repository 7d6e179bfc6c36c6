# Adds a fourth backend and removes it again: the pool ends as nf_init builds it.
from state import backend_ips
backend_ips.add(0x0A000009, the_index_allocated, 0)
backend_ips.add(0x0A000001, the_index_allocated, 0)
backend_ips.add(0x0A000002, the_index_allocated, 0)
backend_ips.add(0x0A000003, the_index_allocated, 0)
backend_ips.erase(0x0A000009)
