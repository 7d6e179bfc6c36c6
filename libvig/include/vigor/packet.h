/*
 * vigor/packet.h: packet header structs and the helpers that find them.
 *
 * Header structs hold network byte order, exactly as on the wire: read fields with ntohs/ntohl,
 * write them with htons/htonl. Every helper returns NULL when the packet does not carry a valid
 * header of that type (too short, other ethertype or protocol, malformed IPv4, a non-first fragment
 * for L4 headers). Specs use the same validity rules for pop_header.
 */
#ifndef VIGOR_PACKET_H
#define VIGOR_PACKET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NF_ETHER_TYPE_IPV4 0x0800
#define NF_IP_PROTO_TCP 6
#define NF_IP_PROTO_UDP 17

#define NF_TCP_FIN 0x01
#define NF_TCP_SYN 0x02
#define NF_TCP_RST 0x04
#define NF_TCP_ACK 0x10

struct ether_addr {
  uint8_t addr_bytes[6];
};

struct ether_hdr {
  struct ether_addr d_addr;
  struct ether_addr s_addr;
  uint16_t ether_type;
};

struct ipv4_hdr {
  uint8_t version_ihl;
  uint8_t type_of_service;
  uint16_t total_length;
  uint16_t packet_id;
  uint16_t fragment_offset;
  uint8_t time_to_live;
  uint8_t next_proto_id;
  uint16_t hdr_checksum;
  uint32_t src_addr;
  uint32_t dst_addr;
};

/* The first four bytes every TCP and UDP header shares. */
struct tcpudp_hdr {
  uint16_t src_port;
  uint16_t dst_port;
};

struct tcp_hdr {
  uint16_t src_port;
  uint16_t dst_port;
  uint32_t sent_seq;
  uint32_t recv_ack;
  uint8_t data_off;
  uint8_t tcp_flags;
  uint16_t rx_win;
  uint16_t cksum;
  uint16_t tcp_urp;
};

struct udp_hdr {
  uint16_t src_port;
  uint16_t dst_port;
  uint16_t dgram_len;
  uint16_t dgram_cksum;
};

/* Byte order: hosts are little-endian (x86-64, AArch64), headers big-endian. */
static inline uint16_t ntohs(uint16_t x) {
  return (uint16_t)((x >> 8) | (x << 8));
}

static inline uint16_t htons(uint16_t x) {
  return ntohs(x);
}

static inline uint32_t ntohl(uint32_t x) {
  return ((x & 0x000000ffu) << 24) | ((x & 0x0000ff00u) << 8) | ((x & 0x00ff0000u) >> 8) |
         ((x & 0xff000000u) >> 24);
}

static inline uint32_t htonl(uint32_t x) {
  return ntohl(x);
}

static inline bool nf_ether_addr_eq(const struct ether_addr *a, const struct ether_addr *b) {
  for (int i = 0; i < 6; i++) {
    if (a->addr_bytes[i] != b->addr_bytes[i]) {
      return false;
    }
  }
  return true;
}

/* The Ethernet header, or NULL when the packet is shorter than one. */
static inline struct ether_hdr *nf_ether_header(uint8_t *packet, uint16_t length) {
  if (length < sizeof(struct ether_hdr)) {
    return NULL;
  }
  return (struct ether_hdr *)packet;
}

/*
 * The IPv4 header, or NULL unless: ethertype 0x0800, version 4, IHL >= 5, the header (with
 * options) and total_length bytes fit in the packet, and total_length >= the header length.
 */
static inline struct ipv4_hdr *nf_ipv4_header(uint8_t *packet, uint16_t length) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL || eth->ether_type != htons(NF_ETHER_TYPE_IPV4)) {
    return NULL;
  }
  if (length < sizeof(struct ether_hdr) + sizeof(struct ipv4_hdr)) {
    return NULL;
  }
  struct ipv4_hdr *ip = (struct ipv4_hdr *)(packet + sizeof(struct ether_hdr));
  uint32_t ihl = ip->version_ihl & 0x0fu;
  if ((ip->version_ihl >> 4) != 4 || ihl < 5) {
    return NULL;
  }
  uint32_t total = ntohs(ip->total_length);
  if (total < ihl * 4 || length < sizeof(struct ether_hdr) + total) {
    return NULL;
  }
  return ip;
}

/* Offset of the L4 header, or 0 when the packet has no valid IPv4 header carrying protocol
 * proto with at least min_size bytes of L4 header in its first (or only) fragment. */
static inline uint32_t nf_l4_offset(uint8_t *packet, uint16_t length, uint8_t proto_a,
                                    uint8_t proto_b, uint32_t min_size) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL || (ip->next_proto_id != proto_a && ip->next_proto_id != proto_b)) {
    return 0;
  }
  if ((ntohs(ip->fragment_offset) & 0x1fffu) != 0) {
    return 0;
  }
  uint32_t ihl_bytes = (ip->version_ihl & 0x0fu) * 4;
  if (ntohs(ip->total_length) < ihl_bytes + min_size) {
    return 0;
  }
  return (uint32_t)sizeof(struct ether_hdr) + ihl_bytes;
}

/* The ports of a TCP or UDP packet, or NULL. */
static inline struct tcpudp_hdr *nf_tcpudp_header(uint8_t *packet, uint16_t length) {
  uint32_t off = nf_l4_offset(packet, length, NF_IP_PROTO_TCP, NF_IP_PROTO_UDP,
                              sizeof(struct tcpudp_hdr));
  return off == 0 ? NULL : (struct tcpudp_hdr *)(packet + off);
}

/* The TCP header, or NULL. */
static inline struct tcp_hdr *nf_tcp_header(uint8_t *packet, uint16_t length) {
  uint32_t off =
      nf_l4_offset(packet, length, NF_IP_PROTO_TCP, NF_IP_PROTO_TCP, sizeof(struct tcp_hdr));
  return off == 0 ? NULL : (struct tcp_hdr *)(packet + off);
}

/* The UDP header, or NULL. */
static inline struct udp_hdr *nf_udp_header(uint8_t *packet, uint16_t length) {
  uint32_t off =
      nf_l4_offset(packet, length, NF_IP_PROTO_UDP, NF_IP_PROTO_UDP, sizeof(struct udp_hdr));
  return off == 0 ? NULL : (struct udp_hdr *)(packet + off);
}

/* The IPv4 header checksum over the 20-byte base header (options are not covered), in network
 * byte order, computed as if hdr_checksum were zero. */
static inline uint16_t nf_ipv4_checksum(const struct ipv4_hdr *ip) {
  const uint8_t *bytes = (const uint8_t *)ip;
  uint32_t sum = 0;
  for (int i = 0; i < 20; i += 2) {
    if (i != 10) {
      sum += ((uint32_t)bytes[i] << 8) | bytes[i + 1];
    }
  }
  sum = (sum & 0xffffu) + (sum >> 16);
  sum = (sum & 0xffffu) + (sum >> 16);
  return htons((uint16_t)~sum);
}

/* Incremental checksum update (RFC 1624, eqn. 3) when one 16-bit word changes from old_word to
 * new_word; all three values in network byte order. */
static inline uint16_t nf_checksum_update16(uint16_t cksum, uint16_t old_word, uint16_t new_word) {
  uint32_t sum = (uint16_t)~ntohs(cksum);
  sum += (uint16_t)~ntohs(old_word);
  sum += ntohs(new_word);
  sum = (sum & 0xffffu) + (sum >> 16);
  sum = (sum & 0xffffu) + (sum >> 16);
  return htons((uint16_t)~sum);
}

#endif /* VIGOR_PACKET_H */
