// expect: missing_header.c:4:10 cannot find header "flow_table.h"
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include "flow_table.h"

bool nf_init(void) { return true; }
