# Property pol_exceeding: exceeding packets are dropped and change nothing.
# It must say: an IPv4 packet received on wan_device whose destination's refilled tokens are
# fewer than packet_size is dropped (return ([], [])), and the bucket is unchanged.
# On everything else it passes.
# covers: token-bucket#exceed-1, token-bucket#exceed-2, token-bucket#refill-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_emap, dyn_vals
# Until its body is written below, it says nothing (spec.py includes it and goes on).
