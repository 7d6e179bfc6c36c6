/* Maglev load balancer (Eisenbud et al., NSDI'16), after the Vigor paper's VigLB.
 * Devices 0 and 1 face the backends, device 2 the clients. A backend registers (and stays
 * registered) by sending heartbeat packets on its device; one that stays silent for
 * BACKEND_EXP_TIME expires. A client flow (5-tuple) is assigned a backend through Maglev's
 * consistent-hash table and sticks to it while the backend is alive; a flow whose backend
 * expired is assigned again. */
#define NF_DEVICE_COUNT 3
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define EXT_DEVICE 2
#define FLOW_CAPACITY 65536
#define BACKEND_CAPACITY 32
#define CHT_HEIGHT 97
#define EXP_TIME (10 * VIGOR_NS_PER_SEC)
#define BACKEND_EXP_TIME (3600 * VIGOR_NS_PER_SEC)

/* A client flow, host byte order (no padding: its bytes are hashed). */
struct LoadBalancedFlow {
  uint32_t src_ip;
  uint32_t dst_ip;
  uint16_t src_port;
  uint16_t dst_port;
  uint32_t protocol;
};

/* The backend a flow is assigned to. */
struct FlowBackend {
  uint32_t backend;
};

/* A backend's address, host byte order. */
struct ip_addr {
  uint32_t addr;
};

/* Where a backend is reached: its device, MAC and IPv4 address (host byte order). */
struct LoadBalancedBackend {
  uint16_t nic;
  struct ether_addr mac;
  uint32_t ip;
};

VIG_EMAP(flow_emap, struct LoadBalancedFlow, FLOW_CAPACITY);
VIG_VECTOR_BOUNDED(flow_id_to_backend_id, struct FlowBackend, FLOW_CAPACITY,
                   backend < BACKEND_CAPACITY);
VIG_EMAP(backend_ip_emap, struct ip_addr, BACKEND_CAPACITY);
/* A backend is reached on a backend-facing device: heartbeats never come from the clients' side. */
VIG_VECTOR_BOUNDED(backends, struct LoadBalancedBackend, BACKEND_CAPACITY,
                   nic < NF_DEVICE_COUNT && nic != EXT_DEVICE);
VIG_CHT(cht, BACKEND_CAPACITY, CHT_HEIGHT);
NF_EXPORT_STATE(flow_emap, "flow_emap");
NF_EXPORT_STATE(flow_id_to_backend_id, "flow_id_to_backend_id");
NF_EXPORT_STATE(backend_ip_emap, "backend_ip_emap");
NF_EXPORT_STATE(backends, "backends");
NF_EXPORT_STATE(cht, "cht");

bool nf_init(void) {
  cht_fill(cht);
  return true;
}

/* A heartbeat registers its sender as a backend reached on device, or keeps it alive. */
static void heartbeat(const struct ether_hdr *eth, const struct ipv4_hdr *ip, uint16_t device,
                      vigor_time_t now) {
  struct ip_addr addr;
  addr.addr = ntohl(ip->src_addr);
  int index;
  if (emap_get(backend_ip_emap, &addr, &index)) {
    emap_refresh(backend_ip_emap, index, now);
  } else if (emap_add(backend_ip_emap, &addr, now, &index)) {
    struct LoadBalancedBackend b;
    b.nic = device;
    b.mac = eth->s_addr;
    b.ip = addr.addr;
    vector_set(backends, index, &b);
  }
}

/* The backend of a client flow: its own while that backend is alive, else Maglev's choice
 * among the live backends (remembered when the flow table has room). False: none is alive. */
static bool backend_of(const struct LoadBalancedFlow *flow, vigor_time_t now, int *backend) {
  int index;
  if (emap_get(flow_emap, flow, &index)) {
    struct FlowBackend fb;
    vector_get(flow_id_to_backend_id, index, &fb);
    if (emap_has_index(backend_ip_emap, (int)fb.backend)) {
      emap_refresh(flow_emap, index, now);
      *backend = (int)fb.backend;
      return true;
    }
    emap_erase(flow_emap, flow);
  }
  uint32_t hash = vig_hash(flow, sizeof(struct LoadBalancedFlow));
  if (!cht_find_preferred(cht, hash, backend_ip_emap, backend)) {
    return false;
  }
  if (emap_add(flow_emap, flow, now, &index)) {
    struct FlowBackend fb;
    fb.backend = (uint32_t)*backend;
    vector_set(flow_id_to_backend_id, index, &fb);
  }
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  emap_expire(flow_emap, now - EXP_TIME);
  emap_expire(backend_ip_emap, now - BACKEND_EXP_TIME);

  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  if (l4 == NULL) {
    return NF_DROP;
  }
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  struct ether_hdr *eth = nf_ether_header(packet, length);

  if (device != EXT_DEVICE) {
    heartbeat(eth, ip, device, now);
    return NF_DROP;
  }

  struct LoadBalancedFlow flow;
  flow.src_ip = ntohl(ip->src_addr);
  flow.dst_ip = ntohl(ip->dst_addr);
  flow.src_port = ntohs(l4->src_port);
  flow.dst_port = ntohs(l4->dst_port);
  flow.protocol = ip->next_proto_id;
  int backend;
  if (!backend_of(&flow, now, &backend)) {
    return NF_DROP;
  }
  struct LoadBalancedBackend b;
  vector_get(backends, backend, &b);
  eth->d_addr = b.mac;
  uint32_t old_dst = ip->dst_addr;
  ip->dst_addr = htonl(b.ip);
  uint16_t sum = nf_checksum_update16(ip->hdr_checksum, (uint16_t)(old_dst >> 16),
                                      (uint16_t)(ip->dst_addr >> 16));
  ip->hdr_checksum = nf_checksum_update16(sum, (uint16_t)old_dst, (uint16_t)ip->dst_addr);
  return b.nic;
}
