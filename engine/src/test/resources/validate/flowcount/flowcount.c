/* flowcount: two devices; every IPv4 TCP/UDP flow (5-tuple) gets a counter slot while there is
 * room; packets are forwarded to the other device with the TTL decremented (dropped at TTL <= 1)
 * and the IPv4 checksum updated incrementally. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define CAPACITY 4096

struct FlowKey {
  uint32_t src;
  uint32_t dst;
  uint16_t sport;
  uint16_t dport;
  uint32_t proto;
};

struct FlowSlot {
  int32_t index;
};

struct Counter {
  uint64_t packets;
  uint64_t bytes;
};

VIG_MAP_BOUNDED(flow_index, struct FlowKey, struct FlowSlot, CAPACITY,
                0 <= index && index < CAPACITY);
VIG_DCHAIN(slots, CAPACITY);
VIG_VECTOR(counters, struct Counter, CAPACITY);
NF_EXPORT_STATE(flow_index, "flow_index");
NF_EXPORT_STATE(counters, "counters");

bool nf_init(void) {
  return true;
}

static void count(int index, uint16_t length) {
  struct Counter *c;
  vector_borrow(counters, index, (void **)&c);
  c->packets += 1;
  c->bytes += length;
  vector_return(counters, index, c);
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  if (ip->time_to_live <= 1) {
    return NF_DROP;
  }
  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  if (l4 != NULL) {
    struct FlowKey key = {ntohl(ip->src_addr), ntohl(ip->dst_addr), ntohs(l4->src_port),
                          ntohs(l4->dst_port), ip->next_proto_id};
    struct FlowSlot slot;
    if (map_get(flow_index, &key, &slot)) {
      count(slot.index, length);
    } else if (!map_full(flow_index)) {
      int index;
      if (dchain_allocate(slots, now, &index)) {
        slot.index = index;
        map_put(flow_index, &key, &slot);
        count(index, length);
      }
    }
  }
  uint16_t old_word = (uint16_t)((ip->time_to_live << 8) | ip->next_proto_id);
  ip->time_to_live -= 1;
  uint16_t new_word = (uint16_t)((ip->time_to_live << 8) | ip->next_proto_id);
  ip->hdr_checksum = htons(nf_checksum_update16(ntohs(ip->hdr_checksum), old_word, new_word));
  return device == 0 ? 1 : 0;
}
