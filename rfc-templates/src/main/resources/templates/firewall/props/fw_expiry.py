# Property fw_expiry: idle flows are forgotten.
# It must say: before a packet is handled, flows older than now - EXP_TIME are gone
# (flows.expire_all(now - EXP_TIME)). On everything else it passes.
# covers: stateful-fw#expiry-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flows
# Until its body is written below, it says nothing (spec.py includes it and goes on).
