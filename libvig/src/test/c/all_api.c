/*
 * Uses every function and macro of the libVig C API once, so a compiler checks the headers'
 * names and signatures (compiled with -fsyntax-only by CApiCompilesTest).
 */
#define NF_DEVICE_COUNT 2

#include <vigor/libvig.h>
#include <vigor/nf.h>
#include <vigor/packet.h>

#define CAPACITY 16

struct flow_id {
  uint32_t src_ip;
  uint16_t src_port;
  uint16_t dst_port;
};

struct flow_port {
  uint16_t device;
};

VIG_EMAP(flows, struct flow_id, CAPACITY);
VIG_VECTOR(plain_vals, struct flow_port, CAPACITY);
VIG_VECTOR_BOUNDED(flow_ports, struct flow_port, CAPACITY, device < NF_DEVICE_COUNT);
VIG_MAP(counts, uint32_t, uint32_t, CAPACITY);
VIG_MAP_BOUNDED(limits, uint32_t, uint16_t, CAPACITY, value < 100);
VIG_DCHAIN(ports, CAPACITY);
VIG_EMAP(backends, uint32_t, 4);
VIG_CHT(ring, 4, 13);
VIG_LPM(routes, CAPACITY);
NF_EXPORT_STATE(flows, "flows");
NF_EXPORT_STATE(flow_ports, "flow_ports");

NF_CONFIG(uint32_t, ext_ip);
const uint32_t ext_ip = 0x0a000001u;

bool nf_init(void) {
  cht_fill(ring);
  return lpm_update(routes, 0x0a000000u, 8, 1);
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  struct tcp_hdr *tcp = nf_tcp_header(packet, length);
  struct udp_hdr *udp = nf_udp_header(packet, length);
  if (eth == NULL || ip == NULL || l4 == NULL ||
      nf_l4_offset(packet, length, NF_IP_PROTO_TCP, NF_IP_PROTO_UDP, 4) == 0) {
    return NF_DROP;
  }
  if (nf_ether_addr_eq(&eth->s_addr, &eth->d_addr)) {
    return NF_FLOOD;
  }
  if (tcp != NULL && (tcp->tcp_flags & (NF_TCP_SYN | NF_TCP_ACK | NF_TCP_FIN | NF_TCP_RST))) {
    tcp->tcp_flags = 0;
  }
  if (udp != NULL) {
    udp->dgram_len = htons(ntohs(udp->dgram_len));
  }
  if (eth->ether_type != htons(NF_ETHER_TYPE_IPV4) || ip->next_proto_id == NF_IP_PROTO_TCP ||
      ip->next_proto_id == NF_IP_PROTO_UDP) {
    ip->hdr_checksum = nf_ipv4_checksum(ip);
  }
  uint32_t old_src = ip->src_addr;
  ip->src_addr = htonl(ext_ip);
  ip->hdr_checksum = nf_checksum_update16(ip->hdr_checksum, (uint16_t)(old_src >> 16),
                                          (uint16_t)(ntohl(ip->src_addr) >> 16));

  vigor_time_t older_than = now - 10 * VIGOR_NS_PER_SEC - VIGOR_NS_PER_MS;
  int expired = emap_expire(flows, older_than) + dchain_expire(ports, older_than);
  struct flow_id id = {ntohl(ip->src_addr), ntohs(l4->src_port), ntohs(l4->dst_port)};
  int index;
  if (emap_get(flows, &id, &index)) {
    emap_refresh(flows, index, now);
    if (emap_has_index(flows, index)) {
      struct flow_id stored;
      emap_get_key(flows, index, &stored);
    }
    struct flow_port *fp;
    vector_borrow(flow_ports, index, (void **)&fp);
    fp->device = device;
    vector_return(flow_ports, index, fp);
    struct flow_port copy;
    vector_get(plain_vals, index, &copy);
    vector_set(plain_vals, index, &copy);
    emap_erase(flows, &id);
  } else if (!emap_full(flows) && emap_add(flows, &id, now, &index)) {
    expired += index;
  }

  uint32_t key = id.src_ip;
  uint32_t count = 0;
  if (!map_has(counts, &key) && !map_full(counts)) {
    map_put(counts, &key, &count);
  }
  if (map_get(counts, &key, &count)) {
    map_erase(counts, &key);
  }
  uint16_t limit = 1;
  map_put(limits, &key, &limit);

  int port;
  if (dchain_allocate(ports, now, &port)) {
    dchain_rejuvenate(ports, port, now);
    if (dchain_is_allocated(ports, port)) {
      dchain_free(ports, port);
    }
  }

  int backend;
  uint32_t hash = vig_hash(&id, sizeof(id));
  if (cht_find_preferred(ring, hash, backends, &backend)) {
    return backend % NF_DEVICE_COUNT;
  }
  uint16_t out;
  if (lpm_lookup(routes, ntohl(ip->dst_addr), &out)) {
    return out % NF_DEVICE_COUNT;
  }
  return expired > 0 ? 0 : NF_DROP;
}
