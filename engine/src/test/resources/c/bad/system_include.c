// expect: system_include.c:4:10 system header <stdio.h> is not available
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <stdio.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
