/* Port redirect: TCP and UDP packets to port 80 go to port 8080 instead, their checksum updated
 * (RFC 1624); every packet leaves on the other device, otherwise unchanged. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/packet.h>

#define FROM_PORT 80
#define TO_PORT 8080

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  struct tcpudp_hdr *ports = nf_tcpudp_header(packet, length);
  if (ports != NULL && ports->dst_port == htons(FROM_PORT)) {
    uint16_t old_port = ports->dst_port;
    uint16_t new_port = htons(TO_PORT);
    ports->dst_port = new_port;
    struct tcp_hdr *tcp = nf_tcp_header(packet, length);
    struct udp_hdr *udp = nf_udp_header(packet, length);
    if (tcp != NULL) {
      tcp->cksum = nf_checksum_update16(tcp->cksum, old_port, new_port);
    } else if (udp != NULL && udp->dgram_cksum != 0) {
      udp->dgram_cksum = nf_checksum_update16(udp->dgram_cksum, old_port, new_port);
    }
  }
  return 1 - device;
}
