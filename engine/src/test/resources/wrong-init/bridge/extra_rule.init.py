# expect: 11
# WRONG on purpose: also claims 01-80-C2-00-00-03 (802.1X port access) is dropped; nf_init does not
# install that entry.
from state import static_macs

STATIC_DROP = 0xFFFF

static_macs[0x0180C2000000] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000001] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000002] = StaticValue(STATIC_DROP)
static_macs[0x0180C2000003] = StaticValue(STATIC_DROP)
static_macs[0x020000000001] = StaticValue(1)
