/* Picks a device by dividing by the first destination byte, which can be zero. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  (void)device;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  int spread = 255 / eth->d_addr.addr_bytes[0]; /* EXPECT: DIVISION_BY_ZERO */
  return spread % 2;
}
