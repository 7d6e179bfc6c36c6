/*
 * keys.c: the key stored at each index, found through hash buckets chained by index. A bucket's
 * chain only ever holds allocated indices: removal unlinks before the index is freed.
 */
#include "libvig_impl.h"

void vig_keys_init(struct vig_keys *k, int capacity, size_t key_size, const char *object) {
  k->capacity = capacity;
  k->key_size = key_size;
  k->bytes = vig_carve((size_t)capacity * key_size, object);
  k->bucket = vig_carve((size_t)capacity * sizeof(int32_t), object);
  k->link = vig_carve((size_t)capacity * sizeof(int32_t), object);
}

static int bucket_of(const struct vig_keys *k, const void *key) {
  return (int)(vig_hash(key, k->key_size) % (uint32_t)k->capacity);
}

static const uint8_t *key_at(const struct vig_keys *k, int index) {
  return k->bytes + (size_t)index * k->key_size;
}

int vig_keys_find(const struct vig_keys *k, const void *key) {
  int32_t at = k->bucket[bucket_of(k, key)];
  for (int steps = 0; steps < k->capacity && at != 0; steps++) {
    if (vig_bytes_equal(key_at(k, at - 1), key, k->key_size)) {
      return at - 1;
    }
    at = k->link[at - 1];
  }
  return -1;
}

void vig_keys_insert(struct vig_keys *k, int index, const void *key) {
  int b = bucket_of(k, key);
  vig_bytes_copy(k->bytes + (size_t)index * k->key_size, key, k->key_size);
  k->link[index] = k->bucket[b];
  k->bucket[b] = index + 1;
}

void vig_keys_remove(struct vig_keys *k, int index) {
  int b = bucket_of(k, key_at(k, index));
  if (k->bucket[b] == index + 1) {
    k->bucket[b] = k->link[index];
  } else {
    int32_t at = k->bucket[b];
    for (int steps = 0; steps < k->capacity && at != 0; steps++) {
      if (k->link[at - 1] == index + 1) {
        k->link[at - 1] = k->link[index];
        break;
      }
      at = k->link[at - 1];
    }
  }
  k->link[index] = 0;
  for (size_t i = 0; i < k->key_size; i++) {
    k->bytes[(size_t)index * k->key_size + i] = 0;
  }
}

void vig_keys_copy_out(const struct vig_keys *k, int index, void *key_out) {
  vig_bytes_copy(key_out, key_at(k, index), k->key_size);
}
