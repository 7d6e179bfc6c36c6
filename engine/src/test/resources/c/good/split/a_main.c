/* Entry points; the policy lives in b_policy.c. */
#include "policy.h"

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (!eth) {
    return NF_DROP;
  }
  return choose_device(device, eth);
}
