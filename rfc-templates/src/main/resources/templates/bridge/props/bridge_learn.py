# Property bridge_learn: source learning with ageing.
# It must say: after dyn_macs.expire_all(now - EXP_TIME), an Ethernet frame's source address is
# refreshed if known (dyn_macs.refresh_idx) or added with the_index_allocated and received_on_port
# when dyn_macs is not full. It says nothing about where the frame goes.
# covers: ieee802.1d#learn-1, ieee802.1d#learn-2, ieee802.1d#ageing-default-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_macs, dyn_ports
# Until its body is written below, it says nothing (spec.py includes it and goes on).
