// expect: wrapping_loop.c:8:3 wraps around before it gets past it
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  uint32_t sum = 0;
  for (uint8_t i = 0; i <= 255; i++) {
    sum += packet[i];
  }
  (void)length; (void)now;
  return sum == 0 ? device : NF_DROP;
}
