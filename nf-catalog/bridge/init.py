# The bridge's tables after nf_init: the static filtering table holds exactly these four entries,
# and nothing has been learned yet (no frame has arrived).
from state import dyn_macs, dyn_ports, static_macs

STATIC_DROP = 0xFFFF                   # static entry meaning "never forward to this address"

# 802.1D reserved group addresses, never relayed: spanning tree (bridge group address), MAC
# control (PAUSE) and slow protocols (LACP).
static_macs[0x0180C2000000] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000001] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000002] = StaticValue(STATIC_DROP)
# A router with a fixed attachment on port 1 (a locally administered address).
static_macs[0x020000000001] = StaticValue(1)
