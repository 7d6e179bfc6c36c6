# Property lb_backend_liveness: dead back-ends get no traffic.
# It must say: after backend_emap.expire_all(now - BACKEND_EXP_TIME), no packet is sent to a
# back-end index that backend_emap does not hold. On everything else it passes.
# covers: maglev#liveness-1
# Import the state it mentions, and only that (see docs/spec-language.md#state):
# from state import backend_emap
# Until its body is written below, it says nothing (spec.py includes it and goes on).
