// expect: unbounded_loop.c:9:3 loop at unbounded_loop.c:9 has no visible bound
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  uint32_t n = (uint32_t)now;
  uint32_t sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    sum += i;
  }
  (void)packet; (void)length;
  return sum == 0 ? device : NF_DROP;
}
