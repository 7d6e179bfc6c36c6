# Property nat_expiry: idle flows expire.
# It must say: before a packet is handled, flows whose last packet is older than now - EXP_TIME
# are gone (flow_emap.expire_all(now - EXP_TIME)), so their ports can be bound again.
# On everything else it passes.
# covers: rfc3022-napt#expiry-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import flow_emap
# Until its body is written below, it says nothing (spec.py includes it and goes on).
