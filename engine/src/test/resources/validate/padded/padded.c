/*
 * padded: limits how many packets each outside IPv4 source may send in a window.
 * Device 0 is outside, device 1 inside. Inside traffic goes out untouched. An outside packet
 * from a source seen fewer than LIMIT times in its current window passes; the window restarts
 * WINDOW ns after it began. Sources past capacity are dropped. Non-IPv4 is dropped.
 * struct Count has 4 bytes of padding after seen, which the NF never writes.
 */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define OUTSIDE 0
#define INSIDE 1
#define LIMIT 100
#define WINDOW (1 * VIGOR_NS_PER_SEC)
#define CAPACITY 65536

struct Src {
  uint32_t addr;
};

struct Count {
  uint32_t seen;
  int64_t start;
};

VIG_MAP_BOUNDED(counts, struct Src, struct Count, CAPACITY,
                seen <= LIMIT && 0 <= start && start <= now);
NF_EXPORT_STATE(counts, "counts");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  if (device == INSIDE) {
    return OUTSIDE;
  }
  struct Src key;
  key.addr = ntohl(ip->src_addr);
  struct Count c;
  if (map_get(counts, &key, &c)) {
    if (now - c.start >= WINDOW) {
      c.seen = 1;
      c.start = now;
      map_put(counts, &key, &c);
      return INSIDE;
    }
    if (c.seen >= LIMIT) {
      map_put(counts, &key, &c); /* unchanged */
      return NF_DROP;
    }
    c.seen = c.seen + 1;
    map_put(counts, &key, &c);
    return INSIDE;
  }
  if (map_full(counts)) {
    return NF_DROP;
  }
  c.seen = 1;
  c.start = now;
  map_put(counts, &key, &c);
  return INSIDE;
}
