/* MAC-learning bridge (test NF for the C front-end): learns which device each source MAC lives on,
 * forwards to the learned device, floods unknown destinations, expires entries after EXP_TIME. */
#define NF_DEVICE_COUNT 4
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define CAPACITY 65536
#define EXP_TIME (10ull * 1000 * 1000 * 1000)

struct dyn_value {
  uint16_t device;
};

VIG_EMAP(dyn_emap, struct ether_addr, CAPACITY);
VIG_VECTOR_BOUNDED(dyn_vals, struct dyn_value, CAPACITY, device < NF_DEVICE_COUNT);
NF_EXPORT_STATE(dyn_emap, "dyn_emap");
NF_EXPORT_STATE(dyn_vals, "dyn_vals");

static const uint8_t broadcast_bytes[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

static bool is_broadcast(const struct ether_addr *a) {
  for (int i = 0; i < 6; i++) {
    if (a->addr_bytes[i] != broadcast_bytes[i]) {
      return false;
    }
  }
  return true;
}

static void learn(const struct ether_addr *src, uint16_t device, vigor_time_t now) {
  struct ether_addr key = *src;
  int index;
  if (emap_get(dyn_emap, &key, &index)) {
    emap_refresh(dyn_emap, index, now);
    struct dyn_value *v;
    vector_borrow(dyn_vals, index, (void **)&v);
    v->device = device;
    vector_return(dyn_vals, index, v);
    return;
  }
  if (emap_add(dyn_emap, &key, now, &index)) {
    struct dyn_value value = {.device = device};
    vector_set(dyn_vals, index, &value);
  }
}

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  if (now >= (vigor_time_t)EXP_TIME) {
    emap_expire(dyn_emap, now - (vigor_time_t)EXP_TIME);
  }
  struct ether_hdr *eth = nf_ether_header(packet, length);
  if (eth == NULL) {
    return NF_DROP;
  }
  learn(&eth->s_addr, device, now);
  if (is_broadcast(&eth->d_addr)) {
    return NF_FLOOD;
  }
  int index;
  if (!emap_get(dyn_emap, &eth->d_addr, &index)) {
    return NF_FLOOD;
  }
  struct dyn_value out;
  vector_get(dyn_vals, index, &out);
  if (out.device == device) {
    return NF_DROP;
  }
  return out.device;
}
