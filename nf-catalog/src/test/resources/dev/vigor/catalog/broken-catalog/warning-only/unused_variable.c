/* Broken on purpose, but only as a warning: an unused variable, which -Wall -Werror rejects. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int unused_verdict = NF_DROP;
  (void)packet;
  (void)length;
  (void)now;
  return device == 0 ? 1 : 0;
}
