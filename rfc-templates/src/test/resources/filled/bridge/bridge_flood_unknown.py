# Property bridge_flood_unknown: unknown destinations are flooded.
# It must say: an Ethernet frame whose destination is not in dyn_macs is sent unchanged on every
# port but received_on_port (return BROADCAST, pkt). On everything else it passes.
# covers: ieee802.1d#flood-1, ieee802.1d#no-reflect-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_macs
# Until its body is written below, it says nothing (spec.py includes it and goes on).
# The catalog bridge also has a static table: a destination there is not unknown.
import bridge_learn  # defines h, dyn_macs and dyn_ports
from state import static_macs

if h.daddr in static_macs or h.daddr in dyn_macs:
    pass
else:
    return BROADCAST, pkt
