// expect: dangling_pointer.c:7:3 local_copy returns the address of its local 'copy'
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

static struct ether_hdr *local_copy(const struct ether_hdr *eth) {
  struct ether_hdr copy = *eth;
  return &copy;
}

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  (void)now;
  return eth != NULL && local_copy(eth)->ether_type == 0 ? device : NF_DROP;
}
