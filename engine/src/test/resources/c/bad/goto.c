// expect: goto.c:8:5 goto and labels are not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  if (length < 14) {
    goto drop;
  }
  (void)packet; (void)now;
  return device;
drop:
  return NF_DROP;
}
