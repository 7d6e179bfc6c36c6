// expect: static_assert.c:5:1 static assertion failed: ipv4_hdr has options
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

_Static_assert(sizeof(struct ipv4_hdr) > 20, "ipv4_hdr has options");

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
