# expect: 9
# WRONG on purpose: claims a frame to an unknown destination is dropped (the bridge floods it).
import learn  # defines h, dyn_macs and dyn_ports
from state import static_macs

if h.daddr in static_macs or h.daddr in dyn_macs:
    pass
else:
    return DROP
