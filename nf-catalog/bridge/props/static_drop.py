# static_drop: a frame to an address the static table marks STATIC_DROP (e.g. the 802.1D bridge
# group address) is dropped, whichever port it comes from and whatever the bridge has learned.
from state import static_macs

STATIC_DROP = 0xFFFF

h = pop_header(ether, on_mismatch=([], []))

if h.daddr in static_macs:
    if static_macs[h.daddr].device == STATIC_DROP:
        return DROP
    else:
        pass
else:
    pass

# Parity: states the behaviour of the original Vigor vigbridge/paygo-static_drop.py (see nf-catalog/README.md).
