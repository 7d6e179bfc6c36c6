# Property bridge_forward_known: frames to a known station go to its port only.
# It must say: an Ethernet frame whose destination is in dyn_macs, learned on a port other than
# received_on_port, is sent unchanged on that port only. On everything else it passes.
# covers: ieee802.1d#forward-1, ieee802.1d#no-reflect-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_macs, dyn_ports
# Until its body is written below, it says nothing (spec.py includes it and goes on).
