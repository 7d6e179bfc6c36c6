# block_unsolicited: a packet from outside whose destination port names no open flow (after
# expiry) is dropped. (Vigor's vignat paygo-block_unsolicited.)
from state import flows

EXP_TIME = 120 * 1000 * 1000 * 1000    # 120 s, in ns
EXT_DEVICE = 2

ip = pop_header(ipv4, on_mismatch=([], []))
l4 = pop_header(tcpudp, on_mismatch=([], []))
if ip.vihl != 0x45:
    return DROP                        # IPv4 options are not translated

flows.expire_all(now - EXP_TIME)
if received_on_port == EXT_DEVICE and not flows.has_idx(l4.dst_port - start_port):
    return DROP
else:
    pass
