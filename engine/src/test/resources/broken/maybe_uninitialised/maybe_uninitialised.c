/* Writes one of two slots, chosen by the packet, then reads slot 0 as if it were always written. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  uint8_t slots[2];
  uint8_t which = eth->d_addr.addr_bytes[0] & 1u;
  slots[which] = 7;
  return slots[0] == 7 ? NF_DROP : device; /* EXPECT: UNINITIALISED_READ */
}
