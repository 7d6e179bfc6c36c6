/*
 * plain_bridge.c: the catalog bridge's forwarding (learn the source on its port, expire after
 * EXP_TIME, static rules first, forward to the learned port, flood unknown destinations) in plain
 * C: one open-addressing table of MAC addresses, ageing checked on lookup. It is not verified and
 * not in the NF subset (global arrays, no libVig); `vigor bench --run` compares the verified
 * bridge's throughput with it, both built with the same nfos/io loop.
 */
#define NF_DEVICE_COUNT 2
#include <string.h>
#include <vigor/nf.h>
#include <vigor/packet.h>

#define CAPACITY 65536 /* a power of two: the hash is masked */
#define MAX_PROBES 64
#define EXP_TIME (300 * VIGOR_NS_PER_SEC)
#define STATIC_DROP 0xFFFF

struct entry {
  uint8_t mac[6];
  uint16_t device;
  vigor_time_t time;
  int used;
};

static struct entry table[CAPACITY];

struct rule {
  uint8_t mac[6];
  uint16_t device;
};

static const struct rule RULES[] = {
    {{0x01, 0x80, 0xC2, 0x00, 0x00, 0x00}, STATIC_DROP},
    {{0x01, 0x80, 0xC2, 0x00, 0x00, 0x01}, STATIC_DROP},
    {{0x01, 0x80, 0xC2, 0x00, 0x00, 0x02}, STATIC_DROP},
    {{0x02, 0x00, 0x00, 0x00, 0x00, 0x01}, 1},
};

#define RULE_COUNT (sizeof(RULES) / sizeof(RULES[0]))

bool nf_init(void) {
  memset(table, 0, sizeof table);
  return true;
}

static uint32_t hash(const uint8_t *mac) {
  uint32_t h = 2166136261u; /* FNV-1a, as vig_hash */
  for (int i = 0; i < 6; i++) {
    h = (h ^ mac[i]) * 16777619u;
  }
  return h & (CAPACITY - 1);
}

/* The live entry of mac, or NULL; an entry older than EXP_TIME counts as gone. */
static struct entry *find(const uint8_t *mac, vigor_time_t now) {
  uint32_t h = hash(mac);
  for (int p = 0; p < MAX_PROBES; p++) {
    struct entry *e = &table[(h + p) & (CAPACITY - 1)];
    if (!e->used) {
      return NULL;
    }
    if (memcmp(e->mac, mac, 6) == 0) {
      return now - e->time < EXP_TIME ? e : NULL;
    }
  }
  return NULL;
}

static void learn(const uint8_t *mac, uint16_t device, vigor_time_t now) {
  uint32_t h = hash(mac);
  struct entry *stale = NULL;
  for (int p = 0; p < MAX_PROBES; p++) {
    struct entry *e = &table[(h + p) & (CAPACITY - 1)];
    if (!e->used || memcmp(e->mac, mac, 6) == 0) {
      memcpy(e->mac, mac, 6);
      e->device = device;
      e->time = now;
      e->used = 1;
      return;
    }
    if (stale == NULL && now - e->time >= EXP_TIME) {
      stale = e;
    }
  }
  if (stale != NULL) { /* reuse an expired slot; a full run of live ones: not learned */
    memcpy(stale->mac, mac, 6);
    stale->device = device;
    stale->time = now;
  }
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  if (length < 14) {
    return NF_DROP;
  }
  const uint8_t *dst = packet;
  const uint8_t *src = packet + 6;
  learn(src, device, now);
  for (size_t i = 0; i < RULE_COUNT; i++) {
    if (memcmp(RULES[i].mac, dst, 6) == 0) {
      uint16_t d = RULES[i].device;
      return d == STATIC_DROP || d == device ? NF_DROP : d;
    }
  }
  struct entry *e = find(dst, now);
  if (e != NULL) {
    return e->device == device ? NF_DROP : e->device;
  }
  return NF_FLOOD;
}
