/* Runs the bridge NF on concrete frames and checks verdicts and its learned table. */
#include "bridge.c"
#include "nf_run.h"

static const uint8_t HOST_A[6] = {0x02, 0, 0, 0, 0, 0x0a};
static const uint8_t HOST_B[6] = {0x02, 0, 0, 0, 0, 0x0b};
static const uint8_t HOST_C[6] = {0x02, 0, 0, 0, 0, 0x0c};
static const uint8_t ROUTER[6] = {0x02, 0, 0, 0, 0, 0x01};    /* static entry: port 1 */
static const uint8_t STP[6] = {0x01, 0x80, 0xC2, 0, 0, 0x00}; /* static entry: STATIC_DROP */

/* The bound declared with dyn_ports holds for every learned station. */
static bool learned_ports_in_bounds(void) {
  for (int i = 0; i < dyn_macs->capacity; i++) {
    struct DynamicValue value;
    vector_get(dyn_ports, i, &value);
    if (emap_has_index(dyn_macs, i) && !(value.device < NF_DEVICE_COUNT)) {
      return false;
    }
  }
  return true;
}

/* Sends a 60-byte frame from src to dst in on port at time now; returns the verdict. */
static int frame(uint16_t port, const uint8_t dst[6], const uint8_t src[6], vigor_time_t now) {
  put_ether(dst, src, 0x88B5);
  int verdict = nf_process(port, packet, 60, now);
  EXPECT(learned_ports_in_bounds());
  return verdict;
}

/* The port src is learned on, or -1 when it is not learned. */
static int learned_port(const uint8_t mac[6]) {
  struct ether_addr key;
  memcpy(key.addr_bytes, mac, 6);
  int index;
  if (!emap_get(dyn_macs, &key, &index)) {
    return -1;
  }
  struct DynamicValue value;
  vector_get(dyn_ports, index, &value);
  return value.device;
}

static vigor_time_t learned_stamp(const uint8_t mac[6]) {
  struct ether_addr key;
  memcpy(key.addr_bytes, mac, 6);
  int index;
  return emap_get(dyn_macs, &key, &index) ? stub_emap_stamp(dyn_macs, index) : -1;
}

static void fresh(int capacity) {
  stub_emap_reset(dyn_macs, capacity);
  stub_vector_reset(dyn_ports);
}

static void learning_and_forwarding(void) {
  fresh(CAPACITY);
  put_ether(HOST_B, HOST_A, 0x88B5);
  EXPECT_EQ(nf_process(0, packet, 13, SEC(1)), NF_DROP); /* shorter than an Ethernet header */
  EXPECT_EQ(learned_port(HOST_A), -1);

  EXPECT_EQ(frame(0, HOST_B, HOST_A, SEC(1)), NF_FLOOD); /* B unknown */
  EXPECT_EQ(learned_port(HOST_A), 0);
  EXPECT_EQ(learned_stamp(HOST_A), SEC(1));
  EXPECT_EQ(frame(1, HOST_A, HOST_B, SEC(2)), 0); /* A learned on 0 */
  EXPECT_EQ(learned_port(HOST_B), 1);
  EXPECT_EQ(frame(0, HOST_B, HOST_A, SEC(3)), 1);
  EXPECT_EQ(frame(0, HOST_A, HOST_C, SEC(4)), NF_DROP); /* A is on C's own segment */
  EXPECT_EQ(learned_port(HOST_C), 0);
  EXPECT_EQ(frame(0, HOST_A, HOST_A, SEC(4)), NF_DROP); /* to itself: just learned on port 0 */
}

static void refresh_move_and_expiry(void) {
  fresh(CAPACITY);
  EXPECT_EQ(frame(0, HOST_B, HOST_A, SEC(10)), NF_FLOOD);
  EXPECT_EQ(frame(1, HOST_A, HOST_B, SEC(20)), 0);
  EXPECT_EQ(frame(0, HOST_B, HOST_A, SEC(30)), 1);
  EXPECT_EQ(learned_stamp(HOST_A), SEC(30)); /* refreshed */
  EXPECT_EQ(frame(1, HOST_C, HOST_A, SEC(40)), NF_FLOOD); /* A moved to port 1 */
  EXPECT_EQ(learned_port(HOST_A), 1);
  EXPECT_EQ(frame(1, HOST_A, HOST_B, SEC(41)), NF_DROP); /* A and B now share port 1 */

  /* B was last heard at 41 s: still known at exactly 41 s + EXP_TIME, gone 1 ns later. */
  EXPECT_EQ(frame(0, HOST_B, HOST_C, SEC(41) + EXP_TIME), 1);
  EXPECT_EQ(frame(0, HOST_B, HOST_C, SEC(41) + EXP_TIME + 1), NF_FLOOD);
  EXPECT_EQ(learned_port(HOST_B), -1);
}

static void static_entries(void) {
  for (size_t i = 0; i < STATIC_RULE_COUNT; i++) { /* nf_init filled the static table */
    struct StaticValue value;
    EXPECT(map_get(static_macs, &STATIC_RULES[i].mac, &value) && value.device == STATIC_RULES[i].device);
  }
  fresh(CAPACITY);
  EXPECT_EQ(frame(1, HOST_A, STP, SEC(1)), NF_FLOOD); /* the STP address as a source is learned */
  EXPECT_EQ(learned_port(STP), 1);
  EXPECT_EQ(frame(0, STP, HOST_A, SEC(2)), NF_DROP); /* but frames to it are never relayed */
  EXPECT_EQ(frame(1, STP, HOST_B, SEC(3)), NF_DROP);

  EXPECT_EQ(frame(0, HOST_C, ROUTER, SEC(4)), NF_FLOOD); /* router seen on port 0: learned there, */
  EXPECT_EQ(learned_port(ROUTER), 0);
  EXPECT_EQ(frame(0, ROUTER, HOST_A, SEC(5)), 1); /* but its static entry (port 1) wins */
  EXPECT_EQ(frame(1, ROUTER, HOST_B, SEC(6)), NF_DROP); /* static port is the input port */
}

static void full_table(void) {
  fresh(2); /* two stations fill it */
  EXPECT_EQ(frame(0, HOST_B, HOST_A, SEC(1)), NF_FLOOD);
  EXPECT_EQ(frame(1, HOST_A, HOST_B, SEC(2)), 0);
  EXPECT_EQ(frame(0, HOST_B, HOST_C, SEC(3)), 1); /* still forwarded, C not learned */
  EXPECT_EQ(learned_port(HOST_C), -1);
  EXPECT_EQ(learned_stamp(HOST_A), SEC(1)); /* and nothing else touched */
  EXPECT_EQ(learned_stamp(HOST_B), SEC(2));
  EXPECT_EQ(frame(1, HOST_C, HOST_B, SEC(3)), NF_FLOOD);

  /* Once A has aged out there is room for C. */
  EXPECT_EQ(frame(0, HOST_B, HOST_C, SEC(1) + EXP_TIME + 1), 1);
  EXPECT_EQ(learned_port(HOST_A), -1);
  EXPECT_EQ(learned_port(HOST_C), 0);
}

static void run_scenarios(void) {
  learning_and_forwarding();
  refresh_move_and_expiry();
  static_entries();
  full_table();
}
