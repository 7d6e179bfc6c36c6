/*
 * libvig_impl.h: internals shared by the C implementation of libvig.h (not for NF code).
 *
 * Storage: an object's impl is carved, on the object's first use, from one static arena
 * (arena.c) sized at compile time by VIG_ARENA_BYTES; nothing is ever returned to it and there is
 * no heap. Every loop is bounded by a capacity, a height or a key size.
 *
 * Integers stored in link arrays hold "index + 1", so that all-zero memory means "no link" and a
 * freshly carved (zeroed) object is empty.
 */
#ifndef VIGOR_LIBVIG_IMPL_H
#define VIGOR_LIBVIG_IMPL_H

#ifndef NF_DEVICE_COUNT
#define NF_DEVICE_COUNT 1 /* nf.h insists on one; the library itself drives no device */
#endif
#include <vigor/libvig.h>

/* Reports a broken precondition of function on object and never returns (violation.c aborts
 * after printing "libvig: function(object): problem [detail]"). */
_Noreturn void vig_violation(const char *function, const char *object, const char *problem,
                             long long detail);

/* Zeroed memory for an object's impl, 8-byte aligned; violation when the arena is exhausted. */
void *vig_carve(size_t bytes, const char *object);

/* Forgets every carve (tests only: objects whose impl pointed into the arena must be reset). */
void vig_arena_reset(void);

/* ---- bits: allocation flags over 0..capacity-1, lowest free first ------------------------- */

struct vig_bits {
  int capacity;
  int count;      /* how many are set */
  int free_hint;  /* no free index lies in a word below this one */
  uint64_t *words;
};

void vig_bits_init(struct vig_bits *b, int capacity, const char *object);
bool vig_bits_test(const struct vig_bits *b, int index);
void vig_bits_set(struct vig_bits *b, int index);
void vig_bits_clear(struct vig_bits *b, int index);
/* The lowest clear index, or -1 when every index is set. */
int vig_bits_lowest_clear(const struct vig_bits *b);

/* ---- chain: allocated indices with timestamps, kept in timestamp order ------------------- */

/* The core of dchain and emap. Allocated indices form a doubly linked list ordered by timestamp
 * (equal stamps in the order they were stamped), so expiry takes the oldest from the head and
 * never scans free indices. */
struct vig_chain {
  struct vig_bits used;
  vigor_time_t *time;
  int32_t *prev; /* index + 1 of the next older entry, 0 at the oldest */
  int32_t *next; /* index + 1 of the next newer entry, 0 at the newest */
  int32_t oldest; /* index + 1, 0 when empty */
  int32_t newest;
};

void vig_chain_init(struct vig_chain *c, int capacity, const char *object);
/* Allocates the lowest free index (pre: one is free) stamped now; returns it. */
int vig_chain_allocate(struct vig_chain *c, vigor_time_t now);
void vig_chain_restamp(struct vig_chain *c, int index, vigor_time_t now);
/* Allocates a chosen free index stamped time (a saved state loaded: vigor/state.h). */
void vig_chain_place(struct vig_chain *c, int index, vigor_time_t time);
void vig_chain_free(struct vig_chain *c, int index);
/* The allocated index with the oldest stamp if that stamp is before older_than, else -1. */
int vig_chain_expired(const struct vig_chain *c, vigor_time_t older_than);

/* ---- keys: a key of key_size bytes per index, found by hash -------------------------------- */

/* Buckets chained through the indices: bucket[hash % capacity] is the first index + 1 with that
 * bucket, link[i] the next one. */
struct vig_keys {
  int capacity;
  size_t key_size;
  uint8_t *bytes;
  int32_t *bucket;
  int32_t *link;
};

void vig_keys_init(struct vig_keys *k, int capacity, size_t key_size, const char *object);
/* The index holding key, or -1. */
int vig_keys_find(const struct vig_keys *k, const void *key);
/* Stores key at a free index and links it into its bucket. */
void vig_keys_insert(struct vig_keys *k, int index, const void *key);
/* Unlinks the key stored at index. */
void vig_keys_remove(struct vig_keys *k, int index);
void vig_keys_copy_out(const struct vig_keys *k, int index, void *key_out);

/* ---- the impl of each object ----------------------------------------------------------- */

struct vig_emap_impl {
  struct vig_chain chain;
  struct vig_keys keys;
};
struct vig_dchain_impl {
  struct vig_chain chain;
};
struct vig_map_impl {
  struct vig_bits used;
  struct vig_keys keys;
  uint8_t *values;
};
struct vig_vector_impl {
  uint8_t *elems;
  uint8_t *borrowed; /* one flag per index */
};
struct vig_cht_impl {
  bool filled;
  int32_t *rows;    /* height rows of backend_capacity backends, each a preference order */
  int32_t *offset;  /* per backend, Maglev's offset, skip and the inverse of skip mod height */
  int32_t *skip;
  int32_t *inverse;
  int32_t *next;    /* per backend, the next position of its permutation to try while filling */
};
struct vig_lpm_impl {
  int count;
  uint32_t *prefix; /* masked */
  uint8_t *length;
  uint16_t *value;
};

/* The impl of an object, carved and initialised on its first use. */
struct vig_emap_impl *vig_emap_impl(struct vig_emap *m);
struct vig_dchain_impl *vig_dchain_impl(struct vig_dchain *c);
struct vig_map_impl *vig_map_impl(struct vig_map *m);
struct vig_vector_impl *vig_vector_impl(struct vig_vector *v);
struct vig_cht_impl *vig_cht_impl(struct vig_cht *c);
struct vig_lpm_impl *vig_lpm_impl(struct vig_lpm *l);

/* Maglev's permutation of a backend (pre: cht_fill ran): perm(b, j). */
int vig_cht_permutation(struct vig_cht *c, int backend, int j);

/* Byte helpers with loops bounded by size. */
bool vig_bytes_equal(const uint8_t *a, const uint8_t *b, size_t size);
void vig_bytes_copy(uint8_t *to, const uint8_t *from, size_t size);
bool vig_bytes_zero(const uint8_t *a, size_t size);

#endif /* VIGOR_LIBVIG_IMPL_H */
