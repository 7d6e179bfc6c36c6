// expect: unterminated_comment.c:5:1 unterminated comment
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

/* the NF's entry points
bool nf_init(void) { return true; }
