# Property fw_expiry: idle flows are forgotten.
# It must say: before a packet is handled, flows older than now - EXP_TIME are gone
# (flows.expire_all(now - EXP_TIME)). On everything else it passes.
# covers: stateful-fw#expiry-1
# The catalog firewall's flows expire after 120 s; it handles IPv4 TCP and UDP only.
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))

flows.expire_all(now - EXP_TIME)
