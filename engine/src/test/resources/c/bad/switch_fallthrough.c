// expect: switch_fallthrough.c:10:7 falling through to the next case is not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int r = 0;
  switch (packet[0]) {
    case 1:
      r = 1;
    case 2:
      r += 2;
      break;
  }
  (void)length; (void)now;
  return r == 0 ? device : NF_DROP;
}
