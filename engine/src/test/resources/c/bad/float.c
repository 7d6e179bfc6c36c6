// expect: float.c:7:3 floating point (float) is not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  float ratio = length / 2;
  (void)packet; (void)now; (void)ratio;
  return device;
}
