# Property pol_inside_passes: inside traffic is not policed.
# It must say: a packet not received on wan_device is sent unchanged on wan_device, and no bucket
# changes. On everything else it passes.
# covers: token-bucket#inside-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import dyn_emap, dyn_vals   # unchanged
# Until its body is written below, it says nothing (spec.py includes it and goes on).
