/*
 * map.c: keys to values, at most capacity entries, as ConcreteMap.java. Each entry takes a slot
 * (the lowest free one; slots are not observable) holding its key and value. The instantiation's
 * bound is not checked here: C cannot evaluate it at run time, the analysis proves it.
 */
#include "libvig_impl.h"

struct vig_map_impl *vig_map_impl(struct vig_map *m) {
  if (m->impl == NULL) {
    if (m->capacity <= 0 || m->key_size == 0 || m->value_size == 0) {
      vig_violation("map", m->name, "capacity, key and value sizes must be positive",
                    m->capacity);
    }
    struct vig_map_impl *x = vig_carve(sizeof *x, m->name);
    vig_bits_init(&x->used, m->capacity, m->name);
    vig_keys_init(&x->keys, m->capacity, m->key_size, m->name);
    x->values = vig_carve((size_t)m->capacity * m->value_size, m->name);
    m->impl = x;
  }
  return m->impl;
}

static uint8_t *value_at(struct vig_map *m, int slot) {
  return vig_map_impl(m)->values + (size_t)slot * m->value_size;
}

bool map_get(struct vig_map *m, const void *key, void *value_out) {
  int slot = vig_keys_find(&vig_map_impl(m)->keys, key);
  if (slot < 0) {
    return false;
  }
  vig_bytes_copy(value_out, value_at(m, slot), m->value_size);
  return true;
}

bool map_has(struct vig_map *m, const void *key) {
  return vig_keys_find(&vig_map_impl(m)->keys, key) >= 0;
}

void map_put(struct vig_map *m, const void *key, const void *value) {
  struct vig_map_impl *x = vig_map_impl(m);
  int slot = vig_keys_find(&x->keys, key);
  if (slot < 0) {
    if (x->used.count == m->capacity) {
      vig_violation("map_put", m->name, "the map is full and the key is not in it", m->capacity);
    }
    slot = vig_bits_lowest_clear(&x->used);
    vig_bits_set(&x->used, slot);
    vig_keys_insert(&x->keys, slot, key);
  }
  vig_bytes_copy(value_at(m, slot), value, m->value_size);
}

void map_erase(struct vig_map *m, const void *key) {
  struct vig_map_impl *x = vig_map_impl(m);
  int slot = vig_keys_find(&x->keys, key);
  if (slot < 0) {
    vig_violation("map_erase", m->name, "key is not present", -1);
  }
  vig_keys_remove(&x->keys, slot);
  for (size_t i = 0; i < m->value_size; i++) {
    value_at(m, slot)[i] = 0;
  }
  vig_bits_clear(&x->used, slot);
}

bool map_full(struct vig_map *m) {
  return vig_map_impl(m)->used.count == m->capacity;
}
