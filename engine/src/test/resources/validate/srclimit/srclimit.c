/* srclimit: inside device 0, outside device 1. Outside->inside IPv4 packets are limited to
 * max_packets per source address per window (the window starts at the source's first packet);
 * TCP/UDP to a few blocked ports is always dropped. Inside->outside IPv4 passes. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define INSIDE 0
#define OUTSIDE 1
#define WINDOW (1 * VIGOR_NS_PER_SEC)
#define CAPACITY 65536

NF_CONFIG(uint32_t, max_packets);

static const uint16_t blocked_ports[4] = {23, 135, 139, 445};

struct Src {
  uint32_t addr;
};

struct Count {
  uint32_t packets;
  uint32_t reserved;
  int64_t since;
};

VIG_EMAP(sources, struct Src, CAPACITY);
VIG_VECTOR_BOUNDED(counts, struct Count, CAPACITY, since <= now);
NF_EXPORT_STATE(sources, "sources");
NF_EXPORT_STATE(counts, "counts");

bool nf_init(void) {
  return true;
}

static bool blocked(uint16_t port) {
  for (int i = 0; i < 4; i++) {
    if (blocked_ports[i] == port) {
      return true;
    }
  }
  return false;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  if (device == INSIDE) {
    return OUTSIDE;
  }
  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  if (l4 != NULL && blocked(ntohs(l4->dst_port))) {
    return NF_DROP;
  }
  emap_expire(sources, now - WINDOW);
  struct Src src = {.addr = ntohl(ip->src_addr)};
  int index;
  if (emap_get(sources, &src, &index)) {
    struct Count c;
    vector_get(counts, index, &c);
    if (c.packets >= max_packets) {
      return NF_DROP;
    }
    c.packets++;
    vector_set(counts, index, &c);
    return INSIDE;
  }
  if (emap_add(sources, &src, now, &index)) {
    struct Count c = {.packets = 1, .reserved = 0, .since = now};
    vector_set(counts, index, &c);
  }
  return INSIDE;
}
