# refresh: a frame from a station the bridge still knows (after expiry) restamps that station's
# entry with the frame's arrival time, so a station heard at least once every EXP_TIME is never
# aged out.
# Says nothing about new stations, ports, or where the frame goes.
from state import dyn_macs

EXP_TIME = 300 * 1000 * 1000 * 1000    # 300 s, in ns

h = pop_header(ether, on_mismatch=([], []))

dyn_macs.expire_all(now - EXP_TIME)
if h.saddr in dyn_macs:
    dyn_macs.refresh_idx(dyn_macs[h.saddr], now)
else:
    pass

# Parity: states the behaviour of the original Vigor vigbridge/paygo-refresh.py (see nf-catalog/README.md).
