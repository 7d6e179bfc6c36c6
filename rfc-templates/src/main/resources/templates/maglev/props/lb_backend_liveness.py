# Property lb_backend_liveness: dead back-ends get no traffic.
# It must say: after backend_emap.expire_all(now - BACKEND_EXP_TIME), no packet is sent to a
# back-end index that backend_emap does not hold. On everything else it passes.
# covers: maglev#liveness-1
pass
