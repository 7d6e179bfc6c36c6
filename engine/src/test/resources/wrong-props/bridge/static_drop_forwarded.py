# expect: 11
# WRONG on purpose: claims frames to STATIC_DROP addresses (e.g. the bridge group address) are
# sent to port 1 (the bridge drops them).
from state import static_macs

STATIC_DROP = 0xFFFF

h = pop_header(ether, on_mismatch=([], []))

if h.daddr in static_macs and static_macs[h.daddr].device == STATIC_DROP:
    return 1, pkt
else:
    pass
