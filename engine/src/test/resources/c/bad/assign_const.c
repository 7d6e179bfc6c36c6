// expect: assign_const.c:8:3 'ip->time_to_live' is const and cannot be assigned
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  const struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  ip->time_to_live = 1;
  (void)now;
  return device;
}
