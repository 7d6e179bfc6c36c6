# A frame whose ethertype minus 100 is an allocated index goes to device 1; the rest is dropped.
# The index may lie outside the table (most ethertypes do): has_idx is then false.
from state import slots

h = pop_header(ether, on_mismatch=([], []))
if slots.has_idx(h.type - 100):
    return 1, pkt
else:
    return DROP
