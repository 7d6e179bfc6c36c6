/* Adds every source without checking whether it is already present. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_EMAP(macs, struct ether_addr, 1024);
NF_EXPORT_STATE(macs, "macs");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)device;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  int index;
  if (emap_add(macs, &eth->s_addr, now, &index)) { /* EXPECT: LIBVIG_PRECONDITION */
    return NF_FLOOD;
  }
  return NF_DROP;
}
