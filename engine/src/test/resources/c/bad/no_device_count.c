// expect: vigor/nf.h:18:1 #error define NF_DEVICE_COUNT
#include <vigor/nf.h>

bool nf_init(void) { return true; }
