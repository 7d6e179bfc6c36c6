/* MUTANT for the validator's tests: an unsolicited WAN packet is sent back out of the WAN (spec: drop). */
/*
 * firewall: a stateful firewall between two LAN devices (0 and 1) and one WAN device (2).
 *
 * Only TCP and UDP over IPv4 pass; every other packet is dropped, from either side. A packet from
 * the LAN opens (or keeps open) its flow and goes to the WAN. A packet from the WAN goes to the LAN
 * only when it answers an open flow, and then to the LAN device the flow's latest packet came
 * from; every other WAN packet is dropped. A flow with no packet, in either direction, for EXP_TIME
 * expires. Packets are never modified.
 */
#define NF_DEVICE_COUNT 3
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define LAN_DEVICE_COUNT 2 /* devices 0 .. LAN_DEVICE_COUNT - 1 face the LAN */
#define WAN_DEVICE 2

/* 65536 flows; one idle for 120 s (RFC 4787's minimum UDP mapping timeout) expires. */
#define CAPACITY 65536
#define EXP_TIME (120 * VIGOR_NS_PER_SEC)

/*
 * A flow as seen from the LAN: src is the LAN host, dst the WAN host. Fields hold host byte order,
 * the numbers the standards write. The layout has no padding (16 bytes, protocol widened to 32
 * bits) because the emap compares keys byte by byte.
 */
struct FlowId {
  uint32_t src_ip;
  uint32_t dst_ip;
  uint16_t src_port;
  uint16_t dst_port;
  uint32_t protocol;
};

/* The LAN device a flow's replies go to. */
struct FlowDevice {
  uint16_t device;
};

VIG_EMAP(flows, struct FlowId, CAPACITY);
VIG_VECTOR_BOUNDED(flow_devices, struct FlowDevice, CAPACITY, device < LAN_DEVICE_COUNT);
NF_EXPORT_STATE(flows, "flows");
NF_EXPORT_STATE(flow_devices, "flow_devices");

bool nf_init(void) {
  return true;
}

/* A LAN packet: open its flow, or restamp it and follow its host to this device. When the table
 * is full a new flow is not opened; the packet still goes out (its replies will be dropped). */
static int from_lan(const struct FlowId *flow, uint16_t device, vigor_time_t now) {
  struct FlowDevice lan;
  lan.device = device;
  int index;
  if (emap_get(flows, flow, &index)) {
    emap_refresh(flows, index, now);
    vector_set(flow_devices, index, &lan);
  } else if (emap_add(flows, flow, now, &index)) {
    vector_set(flow_devices, index, &lan);
  }
  return WAN_DEVICE;
}

/* A WAN packet, whose flow (reply) is given as seen from the LAN: pass it to the flow's LAN device
 * and restamp the flow, or drop it when no such flow is open. */
static int from_wan(const struct FlowId *flow, vigor_time_t now) {
  int index;
  if (!emap_get(flows, flow, &index)) {
    return WAN_DEVICE; /* mutation: reflects unsolicited packets */
  }
  emap_refresh(flows, index, now);
  struct FlowDevice lan;
  vector_get(flow_devices, index, &lan);
  return lan.device;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  struct tcpudp_hdr *l4 = nf_tcpudp_header(packet, length);
  if (ip == NULL || l4 == NULL) {
    return NF_DROP;
  }

  emap_expire(flows, now - EXP_TIME);

  struct FlowId flow;
  flow.protocol = ip->next_proto_id;
  if (device == WAN_DEVICE) {
    flow.src_ip = ntohl(ip->dst_addr);
    flow.dst_ip = ntohl(ip->src_addr);
    flow.src_port = ntohs(l4->dst_port);
    flow.dst_port = ntohs(l4->src_port);
    return from_wan(&flow, now);
  }
  flow.src_ip = ntohl(ip->src_addr);
  flow.dst_ip = ntohl(ip->dst_addr);
  flow.src_port = ntohs(l4->src_port);
  flow.dst_port = ntohs(l4->dst_port);
  return from_lan(&flow, device, now);
}
