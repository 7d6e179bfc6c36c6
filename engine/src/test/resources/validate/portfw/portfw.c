/* portfw: static port forwarding. TCP/UDP from the WAN (device 0) to a forwarded port goes to
 * its LAN host (destination address rewritten, checksums updated); other WAN traffic is dropped.
 * LAN traffic goes to the WAN unchanged. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define WAN 0
#define LAN 1
#define FORWARDS 3

struct forward {
  uint16_t port;
  uint32_t host;
};

static const struct forward table[FORWARDS] = {
    {22, 0x0A000002u}, {80, 0x0A000003u}, {443, 0x0A000003u}};

static bool lookup(uint16_t port, uint32_t *host) {
  for (int i = 0; i < FORWARDS; i++) {
    if (table[i].port == port) {
      *host = table[i].host;
      return true;
    }
  }
  return false;
}

static void set_dst(struct ipv4_hdr *ip, uint16_t *l4_cksum, uint32_t host) {
  uint32_t old = ip->dst_addr;
  uint32_t new_addr = htonl(host);
  ip->dst_addr = new_addr;
  ip->hdr_checksum = nf_checksum_update16(ip->hdr_checksum, (uint16_t)(old >> 16), (uint16_t)(new_addr >> 16));
  ip->hdr_checksum = nf_checksum_update16(ip->hdr_checksum, (uint16_t)old, (uint16_t)new_addr);
  *l4_cksum = nf_checksum_update16(*l4_cksum, (uint16_t)(old >> 16), (uint16_t)(new_addr >> 16));
  *l4_cksum = nf_checksum_update16(*l4_cksum, (uint16_t)old, (uint16_t)new_addr);
}

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  if (device == LAN) {
    return WAN;
  }
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  uint32_t host;
  struct tcp_hdr *tcp = nf_tcp_header(packet, length);
  if (tcp != NULL && lookup(ntohs(tcp->dst_port), &host)) {
    set_dst(ip, &tcp->cksum, host);
    return LAN;
  }
  struct udp_hdr *udp = nf_udp_header(packet, length);
  if (udp != NULL && lookup(ntohs(udp->dst_port), &host)) {
    set_dst(ip, &udp->dgram_cksum, host);
    return LAN;
  }
  return NF_DROP;
}
