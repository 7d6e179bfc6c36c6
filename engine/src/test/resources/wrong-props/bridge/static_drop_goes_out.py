# expect: 9
# WRONG on purpose (a wrong variant of forward_one_port.py, after vigbridge/paygo-drop_or_forward):
# claims a frame to a STATIC_DROP address still goes, unchanged, to exactly one port.
from state import static_macs
STATIC_DROP = 0xFFFF
h = pop_header(ether, on_mismatch=([], []))
if h.daddr in static_macs and static_macs[h.daddr].device == STATIC_DROP:
    # the bridge drops it
    return ([...], [ether(h)])
else:
    pass
