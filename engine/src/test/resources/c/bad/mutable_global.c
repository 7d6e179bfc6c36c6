// expect: mutable_global.c:5:10 must be a libVig object
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

uint32_t packets_seen;

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
