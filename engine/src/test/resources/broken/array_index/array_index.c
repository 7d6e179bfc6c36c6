/* Maps the first destination byte through a 4-entry table, without checking the byte. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

static const uint16_t PORT_OF[4] = {0, 1, 1, 0};

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
  uint8_t b = eth->d_addr.addr_bytes[0];
  return PORT_OF[b]; /* EXPECT: ARRAY_INDEX */
}
