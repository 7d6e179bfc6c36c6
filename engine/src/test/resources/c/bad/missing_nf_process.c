// expect: missing_nf_process.c:1:1 missing nf_process
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
