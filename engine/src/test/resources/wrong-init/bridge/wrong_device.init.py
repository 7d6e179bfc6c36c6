# expect: 11
# WRONG on purpose: pins the router to port 0; nf_init pins it to port 1.
from state import dyn_macs, dyn_ports, static_macs

STATIC_DROP = 0xFFFF

static_macs[0x0180C2000000] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000001] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000002] = StaticValue(STATIC_DROP)
# The router.
static_macs[0x020000000001] = StaticValue(0)
