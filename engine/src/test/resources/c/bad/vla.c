// expect: vla.c:7:16 variable-length arrays are not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  uint8_t copy[length];
  copy[0] = packet[0];
  (void)now;
  return copy[0] == 0 ? device : NF_DROP;
}
