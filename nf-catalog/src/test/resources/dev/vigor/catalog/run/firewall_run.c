/* Runs the firewall NF on concrete packets and checks verdicts and its flow table. */
#include "firewall.c"
#include "nf_run.h"

static const uint8_t MAC_X[6] = {0x02, 0, 0, 0, 0, 0x01};
static const uint8_t MAC_Y[6] = {0x02, 0, 0, 0, 0, 0x02};

#define LAN_HOST 0x0A000002u /* 10.0.0.2 */
#define WEB 0x5DB8D822u      /* 93.184.216.34 */

/* Builds an IPv4 packet with a 20-byte L4 header carrying the given ports; returns its length. */
static uint16_t put_ip(uint8_t protocol, uint32_t src, uint32_t dst, uint16_t sport, uint16_t dport) {
  uint16_t length = put_ether(MAC_X, MAC_Y, NF_ETHER_TYPE_IPV4);
  struct ipv4_hdr *ip = (struct ipv4_hdr *)(packet + length);
  ip->version_ihl = 0x45;
  ip->total_length = htons(40);
  ip->time_to_live = 64;
  ip->next_proto_id = protocol;
  ip->src_addr = htonl(src);
  ip->dst_addr = htonl(dst);
  ip->hdr_checksum = nf_ipv4_checksum(ip);
  struct tcpudp_hdr *l4 = (struct tcpudp_hdr *)(packet + length + 20);
  l4->src_port = htons(sport);
  l4->dst_port = htons(dport);
  return (uint16_t)(length + 40);
}

/* The bound declared with flow_devices holds for every open flow. */
static bool flow_devices_in_bounds(void) {
  for (int i = 0; i < flows->capacity; i++) {
    struct FlowDevice value;
    vector_get(flow_devices, i, &value);
    if (emap_has_index(flows, i) && !(value.device < LAN_DEVICE_COUNT)) {
      return false;
    }
  }
  return true;
}

static int send(uint16_t device, uint8_t protocol, uint32_t src, uint32_t dst, uint16_t sport,
                uint16_t dport, vigor_time_t now) {
  uint16_t length = put_ip(protocol, src, dst, sport, dport);
  int verdict = nf_process(device, packet, length, now);
  EXPECT(flow_devices_in_bounds());
  return verdict;
}

/* The flow's index (flow as the LAN sees it, host byte order), or -1 when it is not open. */
static int flow_index(uint32_t lan_ip, uint32_t wan_ip, uint16_t lan_port, uint16_t wan_port,
                      uint8_t protocol) {
  struct FlowId id = {lan_ip, wan_ip, lan_port, wan_port, protocol};
  int index;
  return emap_get(flows, &id, &index) ? index : -1;
}

static int flow_device(int index) {
  struct FlowDevice value;
  vector_get(flow_devices, index, &value);
  return value.device;
}

static void fresh(int capacity) {
  stub_emap_reset(flows, capacity);
  stub_vector_reset(flow_devices);
}

static void only_tcp_and_udp_over_ipv4(void) {
  fresh(CAPACITY);
  uint16_t length = put_ether(MAC_X, MAC_Y, 0x0806); /* ARP */
  EXPECT_EQ(nf_process(0, packet, 60, SEC(1)), NF_DROP);
  EXPECT_EQ(nf_process(WAN_DEVICE, packet, 60, SEC(1)), NF_DROP);
  EXPECT_EQ(send(0, 1, LAN_HOST, WEB, 0, 0, SEC(1)), NF_DROP); /* ICMP */
  length = put_ip(NF_IP_PROTO_TCP, LAN_HOST, WEB, 40000, 80);
  EXPECT_EQ(nf_process(0, packet, (uint16_t)(length - 1), SEC(1)), NF_DROP); /* truncated */
  EXPECT_EQ(flow_index(LAN_HOST, WEB, 40000, 80, NF_IP_PROTO_TCP), -1);
}

static void outbound_flows_and_replies(void) {
  fresh(CAPACITY);
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB, LAN_HOST, 80, 40000, SEC(1)), NF_DROP);
  EXPECT_EQ(flow_index(LAN_HOST, WEB, 40000, 80, NF_IP_PROTO_TCP), -1); /* unsolicited opens nothing */

  EXPECT_EQ(send(0, NF_IP_PROTO_TCP, LAN_HOST, WEB, 40000, 80, SEC(2)), WAN_DEVICE);
  int flow = flow_index(LAN_HOST, WEB, 40000, 80, NF_IP_PROTO_TCP);
  EXPECT(flow >= 0);
  if (flow < 0) {
    return;
  }
  EXPECT_EQ(flow_device(flow), 0);
  EXPECT_EQ(stub_emap_stamp(flows, flow), SEC(2));

  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB, LAN_HOST, 80, 40000, SEC(3)), 0); /* reply */
  EXPECT_EQ(stub_emap_stamp(flows, flow), SEC(3)); /* replies refresh */
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB, LAN_HOST, 81, 40000, SEC(3)), NF_DROP);
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_UDP, WEB, LAN_HOST, 80, 40000, SEC(3)), NF_DROP);
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB + 1, LAN_HOST, 80, 40000, SEC(3)), NF_DROP);

  /* A non-first fragment carries no ports: dropped even when it looks like a reply. */
  uint16_t length = put_ip(NF_IP_PROTO_TCP, WEB, LAN_HOST, 80, 40000);
  ((struct ipv4_hdr *)(packet + sizeof(struct ether_hdr)))->fragment_offset = htons(185);
  EXPECT_EQ(nf_process(WAN_DEVICE, packet, length, SEC(3)), NF_DROP);

  /* The host moved to LAN device 1: the flow follows it. */
  EXPECT_EQ(send(1, NF_IP_PROTO_TCP, LAN_HOST, WEB, 40000, 80, SEC(4)), WAN_DEVICE);
  EXPECT_EQ(flow_index(LAN_HOST, WEB, 40000, 80, NF_IP_PROTO_TCP), flow);
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB, LAN_HOST, 80, 40000, SEC(5)), 1);

  /* Last packet at 5 s: replies pass at exactly 5 s + EXP_TIME, not 1 ns later. */
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB, LAN_HOST, 80, 40000, SEC(5) + EXP_TIME), 1);
  vigor_time_t late = SEC(5) + 2 * EXP_TIME + 1;
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_TCP, WEB, LAN_HOST, 80, 40000, late), NF_DROP);
  EXPECT_EQ(flow_index(LAN_HOST, WEB, 40000, 80, NF_IP_PROTO_TCP), -1);
}

static void full_table(void) {
  fresh(1);
  EXPECT_EQ(send(0, NF_IP_PROTO_UDP, LAN_HOST, WEB, 5000, 53, SEC(1)), WAN_DEVICE);
  EXPECT_EQ(send(1, NF_IP_PROTO_UDP, LAN_HOST + 1, WEB, 5001, 53, SEC(2)), WAN_DEVICE); /* still out */
  EXPECT_EQ(flow_index(LAN_HOST + 1, WEB, 5001, 53, NF_IP_PROTO_UDP), -1);                /* not opened */
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_UDP, WEB, LAN_HOST + 1, 53, 5001, SEC(2)), NF_DROP);
  EXPECT_EQ(send(WAN_DEVICE, NF_IP_PROTO_UDP, WEB, LAN_HOST, 53, 5000, SEC(2)), 0);
}

static void run_scenarios(void) {
  only_tcp_and_udp_over_ipv4();
  outbound_flows_and_replies();
  full_table();
}
