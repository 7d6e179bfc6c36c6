# Property bridge_filter_same_port: frames for the port they came from are filtered.
# It must say: an Ethernet frame whose destination was learned on received_on_port is dropped
# (return ([], [])). On everything else it passes.
# covers: ieee802.1d#filter-1, ieee802.1d#no-reflect-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_macs, dyn_ports
# Until its body is written below, it says nothing (spec.py includes it and goes on).
# The catalog bridge also has a static table, which takes precedence: its entries pass here.
import bridge_learn  # defines h, dyn_macs and dyn_ports
from state import static_macs

if h.daddr in static_macs:
    pass
elif h.daddr in dyn_macs:
    if dyn_ports[dyn_macs[h.daddr]].device == received_on_port:
        return ([], [])
