/* The forwarding policy, in its own translation unit. */
#include "policy.h"

int choose_device(uint16_t device, const struct ether_hdr *eth) {
  bool ipv4 = eth->ether_type == htons(NF_ETHER_TYPE_IPV4);
  bool known = eth;
  return ipv4 && known ? 1 - device : NF_DROP;
}
