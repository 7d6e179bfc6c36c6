/* 5-tuple firewall (test NF for the C front-end): LAN traffic opens a flow; WAN traffic passes only
 * for an open flow (matched with addresses and ports swapped); flows expire after EXPIRATION. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>
#include "flow.h"

#define MAX_FLOWS 4096
#define EXPIRATION (60 * VIGOR_NS_PER_SEC)

enum verdict_reason { REASON_NONE, REASON_NO_FLOW = 3, REASON_FULL };

struct flow_stats {
  uint32_t packets;
  uint8_t last_flags;
};

VIG_MAP(flows, struct flow_id, uint32_t, MAX_FLOWS);
VIG_DCHAIN(flow_chain, MAX_FLOWS);
VIG_VECTOR(stats, struct flow_stats, MAX_FLOWS);
VIG_VECTOR_BOUNDED(weights, uint8_t, 64, value <= 100);
NF_EXPORT_STATE(flows, "flows");
NF_EXPORT_STATE(flow_chain, "flow_chain");

static struct flow_id flow_of(const struct ipv4_hdr *ip, const struct tcpudp_hdr *l4, bool reversed) {
  struct flow_id id = {0};
  id.protocol = ip->next_proto_id;
  if (reversed) {
    id.src_addr = ip->dst_addr;
    id.dst_addr = ip->src_addr;
    id.src_port = l4->dst_port;
    id.dst_port = l4->src_port;
  } else {
    id.src_addr = ip->src_addr;
    id.dst_addr = ip->dst_addr;
    id.src_port = l4->src_port;
    id.dst_port = l4->dst_port;
  }
  return id;
}

/* Sums the payload bytes in 16-bit words, a bounded loop over the packet length. */
static uint32_t payload_sum(const uint8_t *packet, uint16_t length, uint16_t start) {
  uint32_t sum = 0;
  for (uint32_t i = start; i + 1 < length; i += 2) {
    sum += (uint32_t)(packet[i] << 8) | packet[i + 1];
  }
  return sum;
}

bool nf_init(void) {
  for (int i = 0; i < 64; ++i) {
    uint8_t w = (uint8_t)(i % 101);
    vector_set(weights, i, &w);
  }
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int reason = REASON_NONE;
  if (now > EXPIRATION) {
    int freed = dchain_expire(flow_chain, now - EXPIRATION);
    (void)freed;
  }
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  if (ip == NULL || !l4) {
    return NF_DROP;
  }
  uint8_t ttl = ip->time_to_live;
  int hops = ttl + ttl; /* uint8_t + uint8_t is int */
  if (hops == 0 || ttl < 1) {
    return NF_DROP;
  }
  uint32_t index = 0;
  if (device == LAN_DEVICE) {
    struct flow_id id = flow_of(ip, l4, false);
    if (!map_get(flows, &id, &index)) {
      int fresh;
      if (!dchain_allocate(flow_chain, now, &fresh)) {
        reason = REASON_FULL;
        return NF_DROP;
      }
      index = (uint32_t)fresh;
      map_put(flows, &id, &index);
    } else {
      dchain_rejuvenate(flow_chain, (int)index, now);
    }
    struct flow_stats *st;
    vector_borrow(stats, (int)index, (void **)&st);
    st->packets++;
    st->last_flags = 0;
    vector_return(stats, (int)index, st);
    ip->time_to_live = ttl - 1;
    ip->hdr_checksum = nf_ipv4_checksum(ip);
    return WAN_DEVICE;
  }
  struct flow_id reply = flow_of(ip, l4, true);
  if (!map_get(flows, &reply, &index)) {
    reason = REASON_NO_FLOW;
    (void)reason;
    return NF_DROP;
  }
  uint32_t sum = payload_sum(packet, length, 54);
  if (sum == 0xdeadbeefu && ntohs(l4->dst_port) > 1023) {
    return NF_DROP;
  }
  dchain_rejuvenate(flow_chain, (int)index, now);
  return LAN_DEVICE;
}
