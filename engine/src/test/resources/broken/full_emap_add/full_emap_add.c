/* Learns sources, but ignores that emap_add fails on a full emap and uses its index anyway. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct Port {
  uint16_t device;
};

VIG_EMAP(macs, struct ether_addr, 1024);
VIG_VECTOR_BOUNDED(ports, struct Port, 1024, device < NF_DEVICE_COUNT);
NF_EXPORT_STATE(macs, "macs");
NF_EXPORT_STATE(ports, "ports");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  struct Port port;
  port.device = device;
  int index;
  if (!emap_get(macs, &eth->s_addr, &index)) {
    bool added = emap_add(macs, &eth->s_addr, now, &index);
    (void)added;
  }
  vector_set(ports, index, &port); /* EXPECT: UNINITIALISED_READ */
  return NF_FLOOD;
}
