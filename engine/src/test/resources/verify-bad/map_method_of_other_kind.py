# expect: 5:17: static_macs is a map and has no method refresh_idx
from state import static_macs
h = pop_header(ether, on_mismatch=([], []))
if h.daddr in static_macs:
    static_macs.refresh_idx(static_macs[h.daddr], now)
