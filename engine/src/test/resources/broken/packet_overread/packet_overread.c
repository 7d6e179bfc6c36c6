/* Reads the Ethernet type without checking the packet holds an Ethernet header. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)length;
  (void)now;
  struct ether_hdr *eth = (struct ether_hdr *)packet;
  if (eth->ether_type == 0) { /* EXPECT: PACKET_BOUNDS */
    return NF_DROP;
  }
  return device == 0 ? 1 : 0;
}
