# expect: 8
# WRONG on purpose: claims the bridge does not learn: a frame addressed to its own sender, with
# no static entry, is flooded (the bridge has just learned the sender on the input port: drop).
from state import static_macs

h = pop_header(ether, on_mismatch=([], []))
if h.daddr == h.saddr and not (h.daddr in static_macs):
    return BROADCAST, pkt
else:
    pass
