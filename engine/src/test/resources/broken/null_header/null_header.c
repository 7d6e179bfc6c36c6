/* Uses the Ethernet header without checking the helper did not return NULL. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth->ether_type == 0) { /* EXPECT: NULL_DEREFERENCE */
    return NF_DROP;
  }
  return device == 0 ? 1 : 0;
}
