# Property pol_new_bucket: new destinations start with a full bucket.
# It must say: an IPv4 packet received on wan_device whose destination is not in dyn_emap gets a
# bucket at the_index_allocated with burst - packet_size tokens and time now, and is sent, when
# dyn_emap is not full (and packet_size <= burst); otherwise it is dropped.
# On everything else it passes.
# covers: token-bucket#new-bucket-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_emap, dyn_vals
# Until its body is written below, it says nothing (spec.py includes it and goes on).
