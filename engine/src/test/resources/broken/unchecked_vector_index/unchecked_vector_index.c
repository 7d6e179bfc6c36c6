/* Looks up a per-priority rule with an index taken straight from the packet. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct Rule {
  uint16_t device;
};

VIG_VECTOR_BOUNDED(rules, struct Rule, 16, device < NF_DEVICE_COUNT);
NF_EXPORT_STATE(rules, "rules");

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
  int priority = eth->d_addr.addr_bytes[0];
  struct Rule rule;
  vector_get(rules, priority, &rule); /* EXPECT: LIBVIG_PRECONDITION */
  return rule.device;
}
