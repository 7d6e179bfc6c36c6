/* emap.c: keys <-> indices 0..capacity-1 with timestamps, as ConcreteEmap.java. */
#include "libvig_impl.h"

struct vig_emap_impl *vig_emap_impl(struct vig_emap *m) {
  if (m->impl == NULL) {
    if (m->capacity <= 0 || m->key_size == 0) {
      vig_violation("emap", m->name, "capacity and key size must be positive", m->capacity);
    }
    struct vig_emap_impl *e = vig_carve(sizeof *e, m->name);
    vig_chain_init(&e->chain, m->capacity, m->name);
    vig_keys_init(&e->keys, m->capacity, m->key_size, m->name);
    m->impl = e;
  }
  return m->impl;
}

static void emap_require_index(struct vig_emap *m, int index, const char *function) {
  if (index < 0 || index >= m->capacity) {
    vig_violation(function, m->name, "index outside 0..capacity-1", index);
  }
}

static void emap_require_allocated(struct vig_emap *m, int index, const char *function) {
  emap_require_index(m, index, function);
  if (!vig_bits_test(&vig_emap_impl(m)->chain.used, index)) {
    vig_violation(function, m->name, "index is not allocated", index);
  }
}

/* Erases the entry at an allocated index: its key leaves its bucket, then the index is freed. */
static void erase_at(struct vig_emap_impl *e, int index) {
  vig_keys_remove(&e->keys, index);
  vig_chain_free(&e->chain, index);
}

bool emap_get(struct vig_emap *m, const void *key, int *index_out) {
  int index = vig_keys_find(&vig_emap_impl(m)->keys, key);
  if (index < 0) {
    return false;
  }
  *index_out = index;
  return true;
}

bool emap_add(struct vig_emap *m, const void *key, vigor_time_t now, int *index_out) {
  struct vig_emap_impl *e = vig_emap_impl(m);
  if (vig_keys_find(&e->keys, key) >= 0) {
    vig_violation("emap_add", m->name, "key is already present", vig_keys_find(&e->keys, key));
  }
  if (e->chain.used.count == m->capacity) {
    return false;
  }
  int index = vig_chain_allocate(&e->chain, now);
  vig_keys_insert(&e->keys, index, key);
  *index_out = index;
  return true;
}

void emap_refresh(struct vig_emap *m, int index, vigor_time_t now) {
  emap_require_allocated(m, index, "emap_refresh");
  vig_chain_restamp(&vig_emap_impl(m)->chain, index, now);
}

int emap_expire(struct vig_emap *m, vigor_time_t older_than) {
  struct vig_emap_impl *e = vig_emap_impl(m);
  int erased = 0;
  for (int n = 0; n < m->capacity; n++) {
    int index = vig_chain_expired(&e->chain, older_than);
    if (index < 0) {
      break;
    }
    erase_at(e, index);
    erased++;
  }
  return erased;
}

void emap_erase(struct vig_emap *m, const void *key) {
  struct vig_emap_impl *e = vig_emap_impl(m);
  int index = vig_keys_find(&e->keys, key);
  if (index < 0) {
    vig_violation("emap_erase", m->name, "key is not present", -1);
  }
  erase_at(e, index);
}

bool emap_has_index(struct vig_emap *m, int index) {
  emap_require_index(m, index, "emap_has_index");
  return vig_bits_test(&vig_emap_impl(m)->chain.used, index);
}

void emap_get_key(struct vig_emap *m, int index, void *key_out) {
  emap_require_allocated(m, index, "emap_get_key");
  vig_keys_copy_out(&vig_emap_impl(m)->keys, index, key_out);
}

bool emap_full(struct vig_emap *m) {
  return vig_emap_impl(m)->chain.used.count == m->capacity;
}
