/* mactable: a learning switch over 3 ports keyed by (MAC, VLAN-less tag 0); entries expire. */
#define NF_DEVICE_COUNT 3
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define CAPACITY 1024
#define EXPIRY (300 * VIGOR_NS_PER_SEC)

struct Station {
  uint8_t mac[6];
  uint16_t tag;
};

struct Where {
  bool pinned;
  uint8_t unused;
  uint16_t port;
};

VIG_EMAP(stations, struct Station, CAPACITY);
VIG_VECTOR_BOUNDED(where, struct Where, CAPACITY, port < NF_DEVICE_COUNT);
NF_EXPORT_STATE(stations, "stations");
NF_EXPORT_STATE(where, "where");

bool nf_init(void) {
  return true;
}

static void station_of(const struct ether_addr *a, struct Station *out) {
  for (int i = 0; i < 6; i++) {
    out->mac[i] = a->addr_bytes[i];
  }
  out->tag = 0;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  emap_expire(stations, now - EXPIRY);
  struct Station src;
  station_of(&eth->s_addr, &src);
  int index;
  if (emap_get(stations, &src, &index)) {
    emap_refresh(stations, index, now);
    struct Where w;
    vector_get(where, index, &w);
    if (!w.pinned) {
      w.port = device;
      vector_set(where, index, &w);
    }
  } else if (emap_add(stations, &src, now, &index)) {
    struct Where w = {.pinned = false, .unused = 0, .port = device};
    vector_set(where, index, &w);
  }
  struct Station dst;
  station_of(&eth->d_addr, &dst);
  if (emap_get(stations, &dst, &index)) {
    struct Where w;
    vector_get(where, index, &w);
    return w.port == device ? NF_DROP : w.port;
  }
  return NF_FLOOD;
}
