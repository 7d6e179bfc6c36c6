# Property bridge_flood_unknown: unknown destinations are flooded.
# It must say: an Ethernet frame whose destination is not in dyn_macs is sent unchanged on every
# port but received_on_port (return BROADCAST, pkt). On everything else it passes.
# covers: ieee802.1d#flood-1, ieee802.1d#no-reflect-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_macs
# Until its body is written below, it says nothing (spec.py includes it and goes on).
