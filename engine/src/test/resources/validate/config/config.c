/* Sends every IPv4 packet out of the configured device, from the configured address (the
 * checksum is left to the spec's cksum=...); drops everything else. */
#define NF_DEVICE_COUNT 3
#include <vigor/nf.h>
#include <vigor/libvig.h>

NF_CONFIG(uint32_t, ext_ip);
NF_CONFIG(uint16_t, out_device);

bool nf_init(void) {
  return out_device < NF_DEVICE_COUNT;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)device;
  (void)now;
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  ip->src_addr = htonl(ext_ip);
  return out_device;
}
