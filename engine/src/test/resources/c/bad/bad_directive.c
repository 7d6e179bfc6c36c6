// expect: bad_directive.c:3:2 unknown preprocessor directive #inclde
#define NF_DEVICE_COUNT 2
#inclde <vigor/nf.h>

bool nf_init(void) { return true; }
