/* MUTANT for the validator's tests: floods frames whose destination was learned on the input port (spec: drop). */
/*
 * bridge: a two-port MAC-learning bridge (IEEE 802.1D learning and forwarding) with a static
 * filtering table.
 *
 * Per frame: frames too short for an Ethernet header are dropped. Otherwise learned entries not
 * seen for EXP_TIME expire; the source MAC is learned on the port the frame came in on (or, when
 * already known, restamped and moved to that port); then the destination decides:
 *   - in the static table: dropped when the entry says STATIC_DROP or names the input port,
 *     otherwise sent to the entry's port (static entries take precedence, as in 802.1D);
 *   - learned: dropped when learned on the input port, otherwise sent to that port;
 *   - unknown: flooded.
 * The frame is never modified. Sources are learned whatever the static table says about them.
 */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

/* Learned entries: 65536 stations; one not heard from for 300 s (802.1D's default ageing
 * time) is forgotten. */
#define CAPACITY 65536
#define EXP_TIME (300 * VIGOR_NS_PER_SEC)

/* Static entries: at most 64; a rule for STATIC_DROP means "never forward frames to this MAC". */
#define STATIC_CAPACITY 64
#define STATIC_DROP 0xFFFF

struct DynamicValue {
  uint16_t device;
};

struct StaticValue {
  uint16_t device;
};

VIG_EMAP(dyn_macs, struct ether_addr, CAPACITY);
VIG_VECTOR_BOUNDED(dyn_ports, struct DynamicValue, CAPACITY, device < NF_DEVICE_COUNT);
VIG_MAP_BOUNDED(static_macs, struct ether_addr, struct StaticValue, STATIC_CAPACITY,
                device < NF_DEVICE_COUNT || device == STATIC_DROP);
NF_EXPORT_STATE(dyn_macs, "dyn_macs");
NF_EXPORT_STATE(dyn_ports, "dyn_ports");
NF_EXPORT_STATE(static_macs, "static_macs");

/* The static filtering table of this deployment. */
struct StaticRule {
  struct ether_addr mac;
  uint16_t device;
};

static const struct StaticRule STATIC_RULES[] = {
    /* 802.1D reserved group addresses, never relayed by a bridge: the bridge group address
     * (spanning tree BPDUs), MAC control (PAUSE) and slow protocols (LACP). */
    {{{0x01, 0x80, 0xC2, 0x00, 0x00, 0x00}}, STATIC_DROP},
    {{{0x01, 0x80, 0xC2, 0x00, 0x00, 0x01}}, STATIC_DROP},
    {{{0x01, 0x80, 0xC2, 0x00, 0x00, 0x02}}, STATIC_DROP},
    /* A router with a fixed attachment on port 1 (a locally administered address). */
    {{{0x02, 0x00, 0x00, 0x00, 0x00, 0x01}}, 1},
};

#define STATIC_RULE_COUNT (sizeof(STATIC_RULES) / sizeof(STATIC_RULES[0]))

bool nf_init(void) {
  for (size_t i = 0; i < STATIC_RULE_COUNT; i++) {
    struct StaticValue value;
    value.device = STATIC_RULES[i].device;
    if (value.device >= NF_DEVICE_COUNT && value.device != STATIC_DROP) {
      return false;
    }
    if (!map_has(static_macs, &STATIC_RULES[i].mac) && map_full(static_macs)) {
      return false;
    }
    map_put(static_macs, &STATIC_RULES[i].mac, &value);
  }
  return true;
}

/* Learns (or restamps and moves) the source of a frame that came in on device. A new source is
 * not learned when the table is full. */
static void learn(const struct ether_addr *src, uint16_t device, vigor_time_t now) {
  struct DynamicValue value;
  value.device = device;
  int index;
  if (emap_get(dyn_macs, src, &index)) {
    emap_refresh(dyn_macs, index, now);
    vector_set(dyn_ports, index, &value);
  } else if (emap_add(dyn_macs, src, now, &index)) {
    vector_set(dyn_ports, index, &value);
  }
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }

  emap_expire(dyn_macs, now - EXP_TIME);
  learn(&eth->s_addr, device, now);

  struct StaticValue fixed;
  if (map_get(static_macs, &eth->d_addr, &fixed)) {
    if (fixed.device == STATIC_DROP || fixed.device == device) {
      return NF_DROP;
    }
    return fixed.device;
  }

  int index;
  if (emap_get(dyn_macs, &eth->d_addr, &index)) {
    struct DynamicValue learned;
    vector_get(dyn_ports, index, &learned);
    if (learned.device == device) {
      return NF_FLOOD; /* mutation: floods a frame for a station on its own port */
    }
    return learned.device;
  }

  return NF_FLOOD;
}
