/*
 * nat: a network address and port translator (NAPT, RFC 3022) between a private network, reached
 * through devices 0 and 1, and the outside, reached through device 2 (EXT_DEVICE).
 *
 * Only TCP and UDP over IPv4 without options (a 20-byte IPv4 header) are translated; everything
 * else is dropped, from either side.
 *   - Expiry: a flow with no packet for EXP_TIME is forgotten.
 *   - Inside: a flow is the packet's 5-tuple plus the device it came in on. A known flow is
 *     restamped; an unknown one is added when the table has room (else the packet is dropped).
 *     The flow's external port is start_port + its index in the table. The packet leaves on
 *     EXT_DEVICE with source address ext_ip and source port the flow's external port.
 *   - Outside: the destination port names a flow (port - start_port is its index). The packet
 *     passes only when that flow exists and the packet comes from the flow's remote end (address,
 *     port and protocol: anti-spoofing); the flow is restamped and the packet leaves on the
 *     flow's inside device with destination address and port the inside host's. Otherwise it is
 *     dropped.
 * The IPv4 header checksum and the TCP/UDP checksum are updated incrementally (RFC 1624); a UDP
 * checksum of 0 (none, RFC 768) stays 0. The Ethernet header is left as it is.
 */
#define NF_DEVICE_COUNT 3
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define EXT_DEVICE 2 /* devices 0 .. EXT_DEVICE - 1 face the private network */

/* 65536 flows, as the paper's VigNAT; one idle for 120 s (RFC 4787's minimum UDP mapping
 * timeout) expires. */
#define CAPACITY 65536
#define EXP_TIME (120 * VIGOR_NS_PER_SEC)

/* The NAT's public address and the first external port it hands out (nf.properties). */
NF_CONFIG(uint32_t, ext_ip);
NF_CONFIG(uint16_t, start_port);

/*
 * A flow as the private network sees it: src is the inside host, dst the remote one, device the
 * inside device its packets come in on. Fields hold host byte order. 16 bytes without padding
 * (protocol widened to 16 bits): the emap compares keys byte by byte.
 */
struct FlowId {
  uint32_t src_ip;
  uint32_t dst_ip;
  uint16_t src_port;
  uint16_t dst_port;
  uint16_t device;
  uint16_t protocol;
};

/* The inside device a flow's replies go to. */
struct FlowDevice {
  uint16_t device;
};

VIG_EMAP(flows, struct FlowId, CAPACITY);
VIG_VECTOR_BOUNDED(flow_devices, struct FlowDevice, CAPACITY, device < EXT_DEVICE);
NF_EXPORT_STATE(flows, "flows");
NF_EXPORT_STATE(flow_devices, "flow_devices");

/* Every external port start_port + index must be a port: the configuration is refused when the
 * table's last index would wrap around. */
bool nf_init(void) {
  return (uint32_t)start_port + CAPACITY <= 65536u;
}

/* Replaces the 32-bit word at *field by value (network byte order) and updates the checksum
 * *cksum for it (RFC 1624, one 16-bit half at a time). */
static void rewrite32(uint32_t *field, uint32_t value, uint16_t *cksum) {
  uint32_t old = *field;
  *cksum = nf_checksum_update16(*cksum, htons((uint16_t)(ntohl(old) >> 16)),
                                htons((uint16_t)(ntohl(value) >> 16)));
  *cksum = nf_checksum_update16(*cksum, htons((uint16_t)ntohl(old)), htons((uint16_t)ntohl(value)));
  *field = value;
}

/*
 * Rewrites one address (the IPv4 source or destination, network byte order) and one port of the
 * packet's TCP/UDP header, with the IPv4 checksum and the L4 checksum (whose pseudo-header covers
 * the addresses). The L4 checksum is updated when the packet carries the full TCP or UDP header.
 */
static void translate(uint8_t *packet, uint16_t length, uint32_t *address, uint32_t value,
                      uint16_t *port, uint16_t new_port) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  uint16_t *l4_cksum = NULL;
  if (ip->next_proto_id == NF_IP_PROTO_TCP) {
    struct tcp_hdr *tcp = nf_tcp_header(packet, length);
    if (tcp != NULL) {
      l4_cksum = &tcp->cksum;
    }
  } else {
    struct udp_hdr *udp = nf_udp_header(packet, length);
    if (udp != NULL && udp->dgram_cksum != 0) {
      l4_cksum = &udp->dgram_cksum;
    }
  }
  if (l4_cksum != NULL) {
    uint32_t old = *address;
    uint16_t c = *l4_cksum;
    rewrite32(&old, value, &c);
    c = nf_checksum_update16(c, *port, new_port);
    *l4_cksum = c;
  }
  rewrite32(address, value, &ip->hdr_checksum);
  *port = new_port;
}

/* A packet from inside: find or add its flow and send it out under the external address. */
static int from_inside(uint8_t *packet, uint16_t length, struct ipv4_hdr *ip,
                       struct tcpudp_hdr *l4, uint16_t device, vigor_time_t now) {
  struct FlowId flow;
  flow.src_ip = ntohl(ip->src_addr);
  flow.dst_ip = ntohl(ip->dst_addr);
  flow.src_port = ntohs(l4->src_port);
  flow.dst_port = ntohs(l4->dst_port);
  flow.device = device;
  flow.protocol = ip->next_proto_id;
  int index;
  if (emap_get(flows, &flow, &index)) {
    emap_refresh(flows, index, now);
  } else if (emap_add(flows, &flow, now, &index)) {
    struct FlowDevice inside;
    inside.device = device;
    vector_set(flow_devices, index, &inside);
  } else {
    return NF_DROP; /* the table is full */
  }
  translate(packet, length, &ip->src_addr, htonl(ext_ip), &l4->src_port,
            htons((uint16_t)(start_port + index)));
  return EXT_DEVICE;
}

/* A packet from outside: the flow its destination port names, if it comes from that flow's
 * remote end; sent to the inside host. */
static int from_outside(uint8_t *packet, uint16_t length, struct ipv4_hdr *ip,
                        struct tcpudp_hdr *l4, vigor_time_t now) {
  int index = (int)ntohs(l4->dst_port) - (int)start_port;
  if (index < 0 || index >= CAPACITY || !emap_has_index(flows, index)) {
    return NF_DROP;
  }
  struct FlowId flow;
  emap_get_key(flows, index, &flow);
  if (flow.dst_ip != ntohl(ip->src_addr) || flow.dst_port != ntohs(l4->src_port) ||
      flow.protocol != ip->next_proto_id) {
    return NF_DROP; /* not from the flow's remote end */
  }
  emap_refresh(flows, index, now);
  struct FlowDevice inside;
  vector_get(flow_devices, index, &inside);
  translate(packet, length, &ip->dst_addr, htonl(flow.src_ip), &l4->dst_port,
            htons(flow.src_port));
  return inside.device;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  if (ip == NULL || l4 == NULL) {
    return NF_DROP;
  }
  if (ip->version_ihl != 0x45) {
    return NF_DROP; /* IPv4 options are not translated */
  }
  emap_expire(flows, now - EXP_TIME);
  if (device == EXT_DEVICE) {
    return from_outside(packet, length, ip, l4, now);
  }
  return from_inside(packet, length, ip, l4, device, now);
}
