/* An emap indexed by a number taken from the packet, as a NAT's external port names a flow: the
 * frame's ethertype minus BASE is the index; a frame whose index is allocated goes to device 1,
 * every other one (an index outside the table included) is dropped. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define CAPACITY 4
#define BASE 100

struct Key {
  uint32_t value;
};

VIG_EMAP(slots, struct Key, CAPACITY);
NF_EXPORT_STATE(slots, "slots");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)device;
  (void)now;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  int index = (int)ntohs(eth->ether_type) - BASE;
  if (index < 0 || index >= CAPACITY || !emap_has_index(slots, index)) {
    return NF_DROP;
  }
  return 1;
}
