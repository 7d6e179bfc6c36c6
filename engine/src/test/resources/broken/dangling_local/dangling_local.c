/* Finds a station's index through a helper that leaves a pointer to its own local behind, then
 * lets emap_get write through it after the helper has returned. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_EMAP(stations, struct ether_addr, 16);
NF_EXPORT_STATE(stations, "stations");

bool nf_init(void) {
  return true;
}

static void index_slot(int **slot) {
  int index = 0;
  *slot = &index;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  int *slot;
  index_slot(&slot);
  if (emap_get(stations, &eth->s_addr, slot)) { /* EXPECT: USE_AFTER_RETURN */
    return NF_DROP;
  }
  return 1 - device;
}
