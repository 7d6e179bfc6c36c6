/* Scales the Ethernet type in a signed int: 0x8000 * 65536 does not fit. */
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
  int scaled = ntohs(eth->ether_type) * 65536; /* EXPECT: SIGNED_OVERFLOW */
  if (scaled == 0) {
    return NF_DROP;
  }
  return device == 0 ? 1 : 0;
}
