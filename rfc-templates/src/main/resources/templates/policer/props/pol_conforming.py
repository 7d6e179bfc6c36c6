# Property pol_conforming: conforming packets pass and pay.
# It must say: an IPv4 packet received on wan_device whose destination has a bucket in dyn_emap
# whose tokens, refilled by rate * (now - last time) up to burst, cover packet_size, is sent
# unchanged, and the bucket keeps the refilled tokens minus packet_size and time now.
# On everything else it passes.
# covers: token-bucket#conform-1, token-bucket#refill-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_emap, dyn_vals
# Until its body is written below, it says nothing (spec.py includes it and goes on).
