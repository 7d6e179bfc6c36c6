/* Test NF: a minimal Maglev balancer. Servers 0..3 (emap indices) answer on the device of the
 * same number; a packet on device 4 registers its IPv4 source as a server; any other IPv4
 * packet goes to the server Maglev's table prefers for its (source, destination) pair. */
#define NF_DEVICE_COUNT 5
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define SERVERS 4
#define REGISTER_DEVICE 4

struct Server {
  uint32_t addr;
};

struct Pair {
  uint32_t src;
  uint32_t dst;
};

VIG_EMAP(servers, struct Server, SERVERS);
VIG_CHT(table, SERVERS, 7);
NF_EXPORT_STATE(servers, "servers");
NF_EXPORT_STATE(table, "table");

bool nf_init(void) {
  cht_fill(table);
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  if (device == REGISTER_DEVICE) {
    struct Server s;
    s.addr = ntohl(ip->src_addr);
    int index;
    if (!emap_get(servers, &s, &index)) {
      emap_add(servers, &s, now, &index);
    }
    return NF_DROP;
  }
  struct Pair p;
  p.src = ntohl(ip->src_addr);
  p.dst = ntohl(ip->dst_addr);
  int server;
  if (!cht_find_preferred(table, vig_hash(&p, sizeof(struct Pair)), servers, &server)) {
    return NF_DROP;
  }
  return server;
}
