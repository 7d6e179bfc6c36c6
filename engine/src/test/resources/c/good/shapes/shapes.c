/* Exercises the front-end's less common shapes; each function is asserted on in ShapesTest. */
#define NF_DEVICE_COUNT 3
#include <vigor/nf.h>
#include <vigor/libvig.h>
#include <stddef.h>

#define SLOTS 8
#define SWAP_BYTES(x) ((uint16_t)(((x) << 8) | ((x) >> 8)))

enum color { RED, GREEN = 5, BLUE };

struct pair {
  uint8_t a;
  uint32_t b;
};

_Static_assert(sizeof(struct pair) == 8, "uint32_t is aligned to 4");
_Static_assert(offsetof(struct ipv4_hdr, src_addr) == 12, "IPv4 source at byte 12");

struct nested {
  struct pair p;
  uint16_t tail[3];
};

NF_CONFIG(uint32_t, external_addr);

static const uint16_t table[SLOTS] = {[2] = 7, [5] = 9};
static const struct pair origin = {.b = 42};
static const int slot_count = SLOTS;
static const struct pair pairs[] = {{1, 2}, [3] = {.a = 4}};

VIG_MAP_BOUNDED(colors, struct pair, uint8_t, 1024, value <= BLUE);
VIG_DCHAIN(alloc, 1024);
NF_EXPORT_STATE(colors, "colors");

static bool found(const struct pair *k) {
  uint8_t c;
  return map_get(colors, k, &c) && c == GREEN;
}

static int short_circuit(struct pair *k, int fallback) {
  if (k->a != 0 && found(k)) {
    return 1;
  }
  return k->a == 0 ? fallback : found(k) ? 2 : 3;
}

static uint32_t counting(uint16_t n) {
  uint32_t total = 0;
  for (int i = slot_count - 1; i >= 0; i--) {
    total += table[i];
  }
  int j = 0;
  while (j < n) {
    total ^= (uint32_t)j;
    j += 4;
  }
  do {
    total++;
  } while (0);
  const int rounds = 2 * 3;
  for (int r = 0; r < rounds; r++) {
    total += (uint32_t)r;
  }
  return total;
}

static uint32_t values(void) __attribute__((unused));

static uint32_t values(void) {
  _Static_assert(sizeof(struct ether_hdr) == 14, "the Ethernet header is 14 bytes");
  struct nested nest = {{1, 2}, {3, 4, 5}};
  struct pair copy = nest.p;
  uint8_t bytes[] = {'a', '\n', 0x7f, 0};
  int k = 3;
  int old = k++;
  uint8_t *p = bytes;
  p += 2;
  *p = (uint8_t)sizeof nest;
  int neg = -k;
  uint16_t swapped = SWAP_BYTES((uint16_t)k);
  return copy.b + (uint32_t)old + bytes[2] + (uint32_t)neg + swapped + origin.b + external_addr;
}

static int classify(uint8_t proto, int fallback) {
  int r = fallback;
  switch (proto) {
    case NF_IP_PROTO_TCP:
      r = 1;
      break;
    case NF_IP_PROTO_UDP:
    case 136:
      return 2;
    default:
      r = -1;
      break;
    case 'x':
      for (int i = 0; i < 3; i++) {
        if (i == fallback) {
          break;
        }
        r += i;
      }
  }
  return r;
}

bool nf_init(void) {
  int index;
  if (!dchain_allocate(alloc, 0, &index)) {
    return false;
  }
  return counting(3) > 0 && classify(6, 0) == 1;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct pair key = {.a = (uint8_t)device, .b = (uint32_t)now};
  (void)packet;
  (void)length;
  if (short_circuit(&key, 0) == 1) {
    return (int)(values() % NF_DEVICE_COUNT);
  }
  return NF_FLOOD;
}
