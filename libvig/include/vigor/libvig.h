/*
 * vigor/libvig.h: the state structures an NF keeps everything that outlives a packet in.
 *
 * Declare each object with its typed instantiation macro at file scope, then export it under the
 * name specs import:
 *
 *   VIG_EMAP(flows, struct flow_id, 65536);
 *   VIG_VECTOR_BOUNDED(flow_ports, struct flow_port, 65536, device < NF_DEVICE_COUNT);
 *   NF_EXPORT_STATE(flows, "flows");
 *
 * A bound is a C expression over the element's fields (over `value` for a scalar element type)
 * that every stored element satisfies; the NF must keep it true and the analysis may rely on it.
 *
 * For the analysis engine the instantiation macros are language forms, so they are only defined
 * here for C compilers (VIGOR_ANALYSIS is set by the engine's preprocessor).
 */
#ifndef VIGOR_LIBVIG_H
#define VIGOR_LIBVIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <vigor/nf.h>

#if defined(__GNUC__)
#define VIG_MUST_CHECK __attribute__((warn_unused_result))
#define VIG_MAYBE_UNUSED __attribute__((unused))
#else
#define VIG_MUST_CHECK
#define VIG_MAYBE_UNUSED
#endif

/* Object descriptors. NF code only ever holds pointers to them. */
struct vig_emap {
  const char *name;
  size_t key_size;
  int capacity;
  void *impl;
};
struct vig_vector {
  const char *name;
  size_t elem_size;
  int capacity;
  void *impl;
};
struct vig_map {
  const char *name;
  size_t key_size;
  size_t value_size;
  int capacity;
  void *impl;
};
struct vig_dchain {
  const char *name;
  int capacity;
  void *impl;
};
struct vig_cht {
  const char *name;
  int backend_capacity;
  int height;
  void *impl;
};
struct vig_lpm {
  const char *name;
  int capacity;
  void *impl;
};

#ifndef VIGOR_ANALYSIS
/* Every object of the program, found by name (vigor/state.h loads a saved state into them, to
 * replay a counterexample on the binary): one entry per object in the vig_objects section, which
 * GNU linkers bound with __start_vig_objects and __stop_vig_objects. */
struct vig_object_ref {
  const char *name;
  const char *kind; /* "vig_emap", "vig_vector", ... */
  void *object;
};
#if defined(__GNUC__)
#define VIG_OBJECT_REF_(kind, name)                                                          \
  static const struct vig_object_ref name##_vig_ref_                                         \
      __attribute__((used, section("vig_objects"), aligned(sizeof(void *)))) = {            \
          #name, #kind, &name##_vig_obj_}
#else
#define VIG_OBJECT_REF_(kind, name) struct vig_object_ref
#endif
#define VIG_OBJECT_(kind, name, ...)                                                        \
  static struct kind name##_vig_obj_ = {#name, __VA_ARGS__, NULL};                          \
  VIG_OBJECT_REF_(kind, name);                                                              \
  static struct kind *const name VIG_MAYBE_UNUSED = &name##_vig_obj_

/* emap: keys of key_type <-> indices 0..capacity-1, each index with a timestamp. */
#define VIG_EMAP(name, key_type, capacity) \
  VIG_OBJECT_(vig_emap, name, sizeof(key_type), (capacity))
/* vector: index 0..capacity-1 -> element of elem_type; every element starts zeroed. */
#define VIG_VECTOR(name, elem_type, capacity) \
  VIG_OBJECT_(vig_vector, name, sizeof(elem_type), (capacity))
#define VIG_VECTOR_BOUNDED(name, elem_type, capacity, bound) VIG_VECTOR(name, elem_type, capacity)
/* map: key_type -> value_type, at most capacity entries, no expiry. */
#define VIG_MAP(name, key_type, value_type, capacity) \
  VIG_OBJECT_(vig_map, name, sizeof(key_type), sizeof(value_type), (capacity))
#define VIG_MAP_BOUNDED(name, key_type, value_type, capacity, bound) \
  VIG_MAP(name, key_type, value_type, capacity)
/* dchain: allocator of indices 0..capacity-1, each allocated index with a timestamp. */
#define VIG_DCHAIN(name, capacity) VIG_OBJECT_(vig_dchain, name, (capacity))
/* cht: Maglev lookup table of height slots over backend_capacity backends. */
#define VIG_CHT(name, backend_capacity, height) \
  VIG_OBJECT_(vig_cht, name, (backend_capacity), (height))
/* lpm: IPv4 prefix -> uint16_t value, at most capacity prefixes. */
#define VIG_LPM(name, capacity) VIG_OBJECT_(vig_lpm, name, (capacity))

/* Names obj for specs: `from state import <spec_name>`. */
#define NF_EXPORT_STATE(obj, spec_name) \
  _Static_assert(sizeof(obj) > 0 && sizeof(spec_name) > 1, "NF_EXPORT_STATE(object, \"name\")")
#endif /* VIGOR_ANALYSIS */

/* Keys and values passed in are copied: libVig keeps no pointer to them and never writes through
 * them. Out-parameters are written during the call only. The one pointer libVig lends is a vector
 * element (vector_borrow), valid until vector_return gives it back. */

/* ---- emap ------------------------------------------------------------------------------- */

/* Finds key; on success stores its index. */
bool emap_get(struct vig_emap *m, const void *key, int *index_out);
/* Adds key (pre: not present) at the LOWEST free index, stamped now; false, with nothing
 * changed and *index_out untouched, when the emap is full. */
VIG_MUST_CHECK bool emap_add(struct vig_emap *m, const void *key, vigor_time_t now,
                             int *index_out);
/* Restamps an allocated index (pre: emap_has_index). */
void emap_refresh(struct vig_emap *m, int index, vigor_time_t now);
/* Erases every entry stamped strictly before older_than; returns how many. */
int emap_expire(struct vig_emap *m, vigor_time_t older_than);
/* Erases key (pre: present) and frees its index. */
void emap_erase(struct vig_emap *m, const void *key);
/* Whether index (pre: 0 <= index < capacity) is allocated. */
bool emap_has_index(struct vig_emap *m, int index);
/* Copies the key stored at an allocated index (pre: emap_has_index). */
void emap_get_key(struct vig_emap *m, int index, void *key_out);
/* Whether every index is allocated. */
bool emap_full(struct vig_emap *m);

/* ---- vector ----------------------------------------------------------------------------- */

/* Lends the element at index (pre: 0 <= index < capacity, not already borrowed): *elem_out points
 * at the vector's own element until vector_return; a load or store through it after that is an
 * error, and every element must be given back before nf_process returns. */
void vector_borrow(struct vig_vector *v, int index, void **elem_out);
/* Gives it back (pre: borrowed at that index, elem the very pointer lent, not a copy); it must
 * satisfy the bound. */
void vector_return(struct vig_vector *v, int index, void *elem);
/* Copies the element at index out (pre: 0 <= index < capacity). */
void vector_get(struct vig_vector *v, int index, void *elem_out);
/* Overwrites the element at index (pre: 0 <= index < capacity, value satisfies the bound). */
void vector_set(struct vig_vector *v, int index, const void *elem);

/* ---- map -------------------------------------------------------------------------------- */

/* Finds key; on success copies its value out. */
bool map_get(struct vig_map *m, const void *key, void *value_out);
/* Whether key is present. */
bool map_has(struct vig_map *m, const void *key);
/* Sets key's value (pre: key present or the map is not full; value satisfies the bound). */
void map_put(struct vig_map *m, const void *key, const void *value);
/* Erases key (pre: present). */
void map_erase(struct vig_map *m, const void *key);
/* Whether the map holds capacity entries. */
bool map_full(struct vig_map *m);

/* ---- dchain ----------------------------------------------------------------------------- */

/* Allocates the lowest free index stamped now; false, nothing changed, when none is free. */
VIG_MUST_CHECK bool dchain_allocate(struct vig_dchain *c, vigor_time_t now, int *index_out);
/* Restamps an allocated index (pre: dchain_is_allocated). */
void dchain_rejuvenate(struct vig_dchain *c, int index, vigor_time_t now);
/* Whether index (pre: 0 <= index < capacity) is allocated. */
bool dchain_is_allocated(struct vig_dchain *c, int index);
/* Frees an allocated index (pre: dchain_is_allocated). */
void dchain_free(struct vig_dchain *c, int index);
/* Frees every index stamped strictly before older_than; returns how many. */
int dchain_expire(struct vig_dchain *c, vigor_time_t older_than);

/* ---- cht (Maglev) ----------------------------------------------------------------------- */

/* Fills the lookup table with Maglev's permutations for every backend (only in nf_init; pre:
 * height is a prime). Backend b's permutation is perm(b, j) = (offset(b) + j * skip(b)) % height,
 * offset(b) = h1(b) % height, skip(b) = h2(b) % (height - 1) + 1, h1(b) = vig_hash of b's 4
 * little-endian bytes, h2(b) = vig_hash of those bytes followed by 0x01. Backends take slots round
 * robin, each the next slot of its permutation not yet taken, until all are taken (Maglev). Each
 * slot then gets a preference row over all backends: first the backend that took it, then the
 * others by the position of the slot in their permutation (ties: lower backend first). */
void cht_fill(struct vig_cht *c);
/* The preferred backend for hash among those allocated in backends (an emap whose indices are
 * backend numbers, pre: its capacity is the table's backend_capacity): the first backend of slot
 * (hash % height)'s preference row that is allocated in backends. False, *backend_out untouched,
 * when no backend is allocated at all. */
bool cht_find_preferred(struct vig_cht *c, uint32_t hash, struct vig_emap *backends,
                        int *backend_out);

/* ---- lpm -------------------------------------------------------------------------------- */

/* Routes prefix/prefix_len (pre: prefix_len <= 32; host-order address, bits past prefix_len
 * ignored) to value, replacing the value of an equal prefix; false, nothing changed, when the
 * prefix is new and the table already holds capacity prefixes. */
bool lpm_update(struct vig_lpm *l, uint32_t prefix, uint8_t prefix_len, uint16_t value);
/* The value of the longest prefix matching addr (host order); false when none matches. */
bool lpm_lookup(struct vig_lpm *l, uint32_t addr, uint16_t *value_out);

/* ---- hashing ---------------------------------------------------------------------------- */

/* A record's logical hash (specs: _T_hash(r)); the same bytes always give the same hash. */
uint32_t vig_hash(const void *data, size_t size);

#endif /* VIGOR_LIBVIG_H */
