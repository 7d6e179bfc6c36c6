/* dchain.c: an allocator of indices 0..capacity-1 with timestamps, as ConcreteDchain.java. */
#include "libvig_impl.h"

struct vig_dchain_impl *vig_dchain_impl(struct vig_dchain *c) {
  if (c->impl == NULL) {
    if (c->capacity <= 0) {
      vig_violation("dchain", c->name, "capacity must be positive", c->capacity);
    }
    struct vig_dchain_impl *d = vig_carve(sizeof *d, c->name);
    vig_chain_init(&d->chain, c->capacity, c->name);
    c->impl = d;
  }
  return c->impl;
}

static void dchain_require_index(struct vig_dchain *c, int index, const char *function) {
  if (index < 0 || index >= c->capacity) {
    vig_violation(function, c->name, "index outside 0..capacity-1", index);
  }
}

static void dchain_require_allocated(struct vig_dchain *c, int index, const char *function) {
  dchain_require_index(c, index, function);
  if (!vig_bits_test(&vig_dchain_impl(c)->chain.used, index)) {
    vig_violation(function, c->name, "index is not allocated", index);
  }
}

bool dchain_allocate(struct vig_dchain *c, vigor_time_t now, int *index_out) {
  struct vig_dchain_impl *d = vig_dchain_impl(c);
  if (d->chain.used.count == c->capacity) {
    return false;
  }
  *index_out = vig_chain_allocate(&d->chain, now);
  return true;
}

void dchain_rejuvenate(struct vig_dchain *c, int index, vigor_time_t now) {
  dchain_require_allocated(c, index, "dchain_rejuvenate");
  vig_chain_restamp(&vig_dchain_impl(c)->chain, index, now);
}

bool dchain_is_allocated(struct vig_dchain *c, int index) {
  dchain_require_index(c, index, "dchain_is_allocated");
  return vig_bits_test(&vig_dchain_impl(c)->chain.used, index);
}

void dchain_free(struct vig_dchain *c, int index) {
  dchain_require_allocated(c, index, "dchain_free");
  vig_chain_free(&vig_dchain_impl(c)->chain, index);
}

int dchain_expire(struct vig_dchain *c, vigor_time_t older_than) {
  struct vig_dchain_impl *d = vig_dchain_impl(c);
  int freed = 0;
  for (int n = 0; n < c->capacity; n++) {
    int index = vig_chain_expired(&d->chain, older_than);
    if (index < 0) {
      break;
    }
    vig_chain_free(&d->chain, index);
    freed++;
  }
  return freed;
}
