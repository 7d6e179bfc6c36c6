/* Copies a packet-chosen number of bytes into a 4-byte local buffer. */
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
  uint8_t buf[4] = {0, 0, 0, 0};
  uint8_t *p = buf;
  uint8_t at = eth->d_addr.addr_bytes[0] & 7u;
  *(p + at) = 1; /* EXPECT: REGION_BOUNDS */
  return buf[0] == 1 ? NF_DROP : device;
}
