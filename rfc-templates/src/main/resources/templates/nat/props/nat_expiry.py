# Property nat_expiry: idle flows expire.
# It must say: before a packet is handled, flows whose last packet is older than now - EXP_TIME
# are gone (flow_emap.expire_all(now - EXP_TIME)), so their ports can be bound again.
# On everything else it passes.
# covers: rfc3022-napt#expiry-1
pass
