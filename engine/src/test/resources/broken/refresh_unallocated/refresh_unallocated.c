/* Restamps index 0 whether or not anything lives there. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_EMAP(macs, struct ether_addr, 1024);
NF_EXPORT_STATE(macs, "macs");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet;
  (void)length;
  emap_refresh(macs, 0, now); /* EXPECT: LIBVIG_PRECONDITION */
  return device == 0 ? 1 : 0;
}
