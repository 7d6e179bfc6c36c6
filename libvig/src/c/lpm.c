/*
 * lpm.c: IPv4 prefixes to uint16_t values, at most capacity prefixes, as ConcreteLpm.java. A
 * plain table scanned in full: lookups cost capacity steps, which keeps the code a bounded loop
 * the analysis can follow (a trie would be faster; the contract is the same).
 */
#include "libvig_impl.h"

struct vig_lpm_impl *vig_lpm_impl(struct vig_lpm *l) {
  if (l->impl == NULL) {
    if (l->capacity <= 0) {
      vig_violation("lpm", l->name, "capacity must be positive", l->capacity);
    }
    struct vig_lpm_impl *x = vig_carve(sizeof *x, l->name);
    x->prefix = vig_carve((size_t)l->capacity * sizeof(uint32_t), l->name);
    x->length = vig_carve((size_t)l->capacity, l->name);
    x->value = vig_carve((size_t)l->capacity * sizeof(uint16_t), l->name);
    l->impl = x;
  }
  return l->impl;
}

static uint32_t mask_of(uint8_t length) {
  return length == 0 ? 0u : UINT32_MAX << (32 - length);
}

bool lpm_update(struct vig_lpm *l, uint32_t prefix, uint8_t prefix_len, uint16_t value) {
  if (prefix_len > 32) {
    vig_violation("lpm_update", l->name, "prefix length above 32", prefix_len);
  }
  struct vig_lpm_impl *x = vig_lpm_impl(l);
  uint32_t masked = prefix & mask_of(prefix_len);
  for (int i = 0; i < x->count; i++) {
    if (x->length[i] == prefix_len && x->prefix[i] == masked) {
      x->value[i] = value;
      return true;
    }
  }
  if (x->count == l->capacity) {
    return false;
  }
  x->prefix[x->count] = masked;
  x->length[x->count] = prefix_len;
  x->value[x->count] = value;
  x->count++;
  return true;
}

bool lpm_lookup(struct vig_lpm *l, uint32_t addr, uint16_t *value_out) {
  struct vig_lpm_impl *x = vig_lpm_impl(l);
  int best = -1;
  for (int i = 0; i < x->count; i++) {
    if ((addr & mask_of(x->length[i])) == x->prefix[i] &&
        (best < 0 || x->length[i] > x->length[best])) {
      best = i;
    }
  }
  if (best < 0) {
    return false;
  }
  *value_out = x->value[best];
  return true;
}
