# broadcast: a frame to a destination in neither the static nor the learned table is flooded,
# unchanged, to every port but the one it came in on (after the source has been learned).
import learn  # defines h, dyn_macs and dyn_ports
from state import static_macs

if h.daddr in static_macs or h.daddr in dyn_macs:
    pass
else:
    return BROADCAST, pkt

# Parity: states the behaviour of the original Vigor vigbridge/paygo-broadcast.py (see nf-catalog/README.md).
