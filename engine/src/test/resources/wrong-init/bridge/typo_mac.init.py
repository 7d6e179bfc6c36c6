# expect: 8
# WRONG on purpose: the bridge group address is mistyped (...:10 for ...:00).
from state import dyn_macs, dyn_ports, static_macs

STATIC_DROP = 0xFFFF

# 802.1D reserved group addresses, never relayed.
static_macs[0x0180C2000010] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000001] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000002] = StaticValue(STATIC_DROP)
# The router on port 1.
static_macs[0x020000000001] = StaticValue(1)
