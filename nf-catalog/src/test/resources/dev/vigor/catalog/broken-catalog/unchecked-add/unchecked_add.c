/* Broken on purpose: ignores whether emap_add succeeded (it fails when the emap is full). */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_EMAP(seen, struct ether_addr, 16);
NF_EXPORT_STATE(seen, "seen");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  int index;
  if (!emap_get(seen, &eth->s_addr, &index)) {
    emap_add(seen, &eth->s_addr, now, &index);
  }
  return device == 0 ? 1 : 0;
}
