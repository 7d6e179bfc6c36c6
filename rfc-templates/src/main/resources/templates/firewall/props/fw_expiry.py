# Property fw_expiry: idle flows are forgotten.
# It must say: before a packet is handled, flows older than now - EXP_TIME are gone
# (flows.expire_all(now - EXP_TIME)). On everything else it passes.
# covers: stateful-fw#expiry-1
pass
