# Property pol_conforming: conforming packets pass and pay.
# It must say: an IPv4 packet received on wan_device whose destination has a bucket in dyn_emap
# whose tokens, refilled by rate * (now - last time) up to burst, cover packet_size, is sent
# unchanged, and the bucket keeps the refilled tokens minus packet_size and time now.
# On everything else it passes.
# covers: token-bucket#conform-1, token-bucket#refill-1
pass
