// expect: while_loop.c:8:3 has no visible bound
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int x = packet[0];
  while (x != 1) {
    x = x % 2 == 0 ? x / 2 : 3 * x + 1;
  }
  (void)length; (void)now;
  return device;
}
