// expect: struct_to_int.c:11:11 cannot convert struct ether_hdr to int
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  int x = *eth;
  (void)now;
  return x == 0 ? device : NF_DROP;
}
