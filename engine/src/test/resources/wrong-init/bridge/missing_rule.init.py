# expect: 4
# WRONG on purpose: forgets the router's static entry, which nf_init installs; the import of
# static_macs says the table holds only what this file puts.
from state import dyn_macs, dyn_ports, static_macs

STATIC_DROP = 0xFFFF

static_macs[0x0180C2000000] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000001] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000002] = StaticValue(STATIC_DROP)
