# Operator's property: frames to unknown destinations are flooded; all else is open.
import learn
if h.daddr in dyn_emap:
    pass
else:
    return BROADCAST, pkt
