/* Builds a mask by shifting 1 by a packet byte, which can be 32 or more. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  uint32_t mask = 1u << eth->d_addr.addr_bytes[5]; /* EXPECT: SHIFT_RANGE */
  if (mask == 1) {
    return NF_DROP;
  }
  return device == 0 ? 1 : 0;
}
