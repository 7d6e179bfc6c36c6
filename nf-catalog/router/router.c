/*
 * router: an IPv4 router's forwarding path (RFC 1812) over four devices.
 *
 * Each packet is validated (RFC 1812 5.2.2: a well-formed IPv4 header), its TTL checked and
 * decremented (5.3.1: a packet that arrives with TTL 0 or 1 is not forwarded), its header checksum
 * updated incrementally (RFC 1624), and it is sent to the device of the longest configured prefix
 * matching its destination (5.2.4.3); without a matching route it is dropped. Routes come from the configuration (nf.properties) and are installed by
 * nf_init into an lpm table. Nothing outlives a packet but that table.
 *
 * Out of scope, and dropped rather than half-handled: IP options (IHL other than 5), so the
 * checksum is over the 20-byte base header. The received header checksum is not verified here
 * (RFC 1812 5.2.2 asks for it; deploy on NICs that verify it on receipt); ICMP errors (Time Exceeded, Destination Unreachable)
 * are not generated; Ethernet addresses are left as received (next-hop MAC resolution is not
 * modelled).
 */
#define NF_DEVICE_COUNT 4
#include <vigor/nf.h>
#include <vigor/libvig.h>

/* Room for a full routing table; four routes are configured. */
#define ROUTE_CAPACITY 65536
/* version 4, IHL 5: a base header with no options. */
#define IPV4_NO_OPTIONS 0x45

/* The route table: destination prefix -> output device. */
VIG_LPM(routes, ROUTE_CAPACITY);
NF_EXPORT_STATE(routes, "routes");

/* The configured routes (nf.properties: config.routeN_prefix, _length, _device). */
NF_CONFIG(uint32_t, route0_prefix);
NF_CONFIG(uint8_t, route0_length);
NF_CONFIG(uint16_t, route0_device);
NF_CONFIG(uint32_t, route1_prefix);
NF_CONFIG(uint8_t, route1_length);
NF_CONFIG(uint16_t, route1_device);
NF_CONFIG(uint32_t, route2_prefix);
NF_CONFIG(uint8_t, route2_length);
NF_CONFIG(uint16_t, route2_device);
NF_CONFIG(uint32_t, route3_prefix);
NF_CONFIG(uint8_t, route3_length);
NF_CONFIG(uint16_t, route3_device);

/* Installs one configured route; false for a route the router cannot follow. */
static bool install(uint32_t prefix, uint8_t length, uint16_t device) {
  if (length > 32 || device >= NF_DEVICE_COUNT) {
    return false;
  }
  return lpm_update(routes, prefix, length, device);
}

bool nf_init(void) {
  return install(route0_prefix, route0_length, route0_device) &&
         install(route1_prefix, route1_length, route1_device) &&
         install(route2_prefix, route2_length, route2_device) &&
         install(route3_prefix, route3_length, route3_device);
}

/* The output device for dst (host order): the longest matching prefix's, stored in *device.
 * False when no prefix matches, or the table names a device this router does not have. */
static bool next_hop(uint32_t dst, uint16_t *device) {
  return lpm_lookup(routes, dst, device) && *device < NF_DEVICE_COUNT;
}

/* Decrements the TTL and updates the header checksum for the changed TTL/protocol word. */
static void decrement_ttl(struct ipv4_hdr *ip) {
  uint16_t old_word = htons((uint16_t)((ip->time_to_live << 8) | ip->next_proto_id));
  ip->time_to_live = (uint8_t)(ip->time_to_live - 1);
  uint16_t new_word = htons((uint16_t)((ip->time_to_live << 8) | ip->next_proto_id));
  ip->hdr_checksum = nf_checksum_update16(ip->hdr_checksum, old_word, new_word);
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)device;
  (void)now;
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL || ip->version_ihl != IPV4_NO_OPTIONS) {
    return NF_DROP;
  }
  if (ip->time_to_live <= 1) {
    return NF_DROP;
  }
  uint16_t out = 0;
  if (!next_hop(ntohl(ip->dst_addr), &out)) {
    return NF_DROP;
  }
  decrement_ttl(ip);
  return out;
}
