/* Correct; its spec imports a property that does not exist. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_EMAP(seen, struct ether_addr, 16);
NF_EXPORT_STATE(seen, "seen");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet;
  (void)length;
  (void)now;
  return device == 0 ? 1 : 0;
}
