/* A two-device forwarder by longest prefix: the route's value is the output device. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_LPM(table, 16);
NF_EXPORT_STATE(table, "table");

bool nf_init(void) {
  return lpm_update(table, 0x0a000000u, 8, 1) && lpm_update(table, 0x0a010000u, 16, 0);
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)device;
  (void)now;
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  uint16_t port;
  if (!lpm_lookup(table, ntohl(ip->dst_addr), &port) || port >= NF_DEVICE_COUNT) {
    return NF_DROP;
  }
  return port;
}
