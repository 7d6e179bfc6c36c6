/*
 * libvig_harness.c: the libvig layer's harness. Each run picks one structure, new and small
 * (LIBVIG_CAPACITY indices), and makes LIBVIG_CALLS calls that change it (LIBVIG_KEYED_CALLS for
 * the structures found by key or prefix: each open key forks on its hash bucket), each chosen and
 * given arguments by open values, then asks it everything its observers can tell. The engine runs
 * libVig's C for every call and holds what it returns to the call's contract, the one the NF
 * layer assumes (a call outside its precondition ends the run: it is the caller's fault, not
 * libVig's). The harness only makes calls; what they must return is the contracts' business.
 */
#define NF_DEVICE_COUNT 1 /* nf.h insists on one; libVig drives no device */
#include <vigor/libvig.h>
#include <vigor/verify.h>

#ifndef LIBVIG_CAPACITY
#define LIBVIG_CAPACITY 2
#endif
#ifndef LIBVIG_CALLS
#define LIBVIG_CALLS 3
#endif
#ifndef LIBVIG_KEYED_CALLS
#define LIBVIG_KEYED_CALLS 2
#endif
#ifndef LIBVIG_BACKENDS
#define LIBVIG_BACKENDS 2
#endif
#ifndef LIBVIG_HEIGHT
#define LIBVIG_HEIGHT 7 /* a prime, as Maglev's table height must be; at 5, two backends'
                          * tables hide an offset taken from the wrong hash */
#endif

struct key {
  uint8_t bytes[2];
};

VIG_EMAP(flows, struct key, LIBVIG_CAPACITY);
VIG_DCHAIN(chain, LIBVIG_CAPACITY);
VIG_MAP(table, struct key, uint16_t, LIBVIG_CAPACITY);
VIG_MAP(single, struct key, uint16_t, 1);
VIG_VECTOR(cells, uint16_t, LIBVIG_CAPACITY);
VIG_LPM(routes, LIBVIG_CAPACITY);
VIG_EMAP(backends, struct key, LIBVIG_BACKENDS);
VIG_CHT(ring, LIBVIG_BACKENDS, LIBVIG_HEIGHT);

static struct key any_key(void) {
  struct key k;
  k.bytes[0] = vig_any_u8();
  k.bytes[1] = vig_any_u8();
  return k;
}

static void emap_calls(void) {
  for (int n = 0; n < LIBVIG_KEYED_CALLS; n++) {
    struct key k = any_key();
    int index;
    switch (vig_any_u8() % 4) {
      case 0:
        if (emap_add(flows, &k, vig_any_i64(), &index)) {
        }
        break;
      case 1:
        emap_refresh(flows, vig_any_int(), vig_any_i64());
        break;
      case 2:
        emap_expire(flows, vig_any_i64());
        break;
      default:
        emap_erase(flows, &k);
        break;
    }
  }
  struct key k = any_key();
  int index;
  emap_get(flows, &k, &index);
  emap_full(flows);
  for (int i = 0; i < LIBVIG_CAPACITY; i++) {
    if (emap_has_index(flows, i)) {
      emap_get_key(flows, i, &k);
    }
  }
}

static void dchain_calls(void) {
  for (int n = 0; n < LIBVIG_CALLS; n++) {
    int index;
    switch (vig_any_u8() % 4) {
      case 0:
        if (dchain_allocate(chain, vig_any_i64(), &index)) {
        }
        break;
      case 1:
        dchain_rejuvenate(chain, vig_any_int(), vig_any_i64());
        break;
      case 2:
        dchain_expire(chain, vig_any_i64());
        break;
      default:
        dchain_free(chain, vig_any_int());
        break;
    }
  }
  for (int i = 0; i < LIBVIG_CAPACITY; i++) {
    dchain_is_allocated(chain, i);
  }
}

/* A macro, not a function: libVig calls are checked when made on an object by name. */
#define MAP_CALLS(m)                          \
  for (int n = 0; n < LIBVIG_KEYED_CALLS; n++) { \
    struct key k = any_key();                 \
    uint16_t value = vig_any_u16();           \
    if (vig_any_bool()) {                     \
      map_put(m, &k, &value);                 \
    } else {                                  \
      map_erase(m, &k);                       \
    }                                         \
  }                                           \
  struct key k = any_key();                   \
  uint16_t value;                             \
  map_get(m, &k, &value);                     \
  map_has(m, &k);                             \
  map_full(m)

/* Two capacities: a full map of one entry shows a slot that erasing leaks after two calls,
 * where a map of two would need three (and the map's keys fork on their buckets). */
static void map_calls(void) {
  if (vig_any_bool()) {
    MAP_CALLS(table);
  } else {
    MAP_CALLS(single);
  }
}

static void vector_calls(void) {
  for (int n = 0; n < LIBVIG_CALLS; n++) {
    int index = vig_any_int();
    uint16_t value = vig_any_u16();
    if (vig_any_bool()) {
      vector_set(cells, index, &value);
    } else {
      void *elem;
      vector_borrow(cells, index, &elem);
      *(uint16_t *)elem = value;
      vector_return(cells, index, elem);
    }
  }
  for (int i = 0; i < LIBVIG_CAPACITY; i++) {
    uint16_t value;
    vector_get(cells, i, &value);
  }
}

static void lpm_calls(void) {
  for (int n = 0; n < LIBVIG_KEYED_CALLS; n++) {
    lpm_update(routes, vig_any_u32(), vig_any_u8(), vig_any_u16());
  }
  uint16_t value;
  lpm_lookup(routes, vig_any_u32(), &value);
}

/* cht_fill runs once, in nf_init, before any lookup: made through the descriptor, it is the
 * setup the contract's table stands for, and the lookups below check what it filled. */
static void fill(struct vig_cht *c) {
  cht_fill(c);
}

static void cht_calls(void) {
  fill(ring);
  for (int n = 0; n < LIBVIG_KEYED_CALLS; n++) {
    struct key k = any_key();
    int index;
    if (vig_any_bool()) {
      if (emap_add(backends, &k, 0, &index)) {
      }
    } else {
      emap_erase(backends, &k);
    }
  }
  int backend;
  cht_find_preferred(ring, vig_any_u32(), backends, &backend);
}

void libvig_layer_verify(void) {
#ifdef LIBVIG_STRUCTURE
  int structure = LIBVIG_STRUCTURE; /* one structure only: 0 emap ... 5 cht */
#else
  int structure = vig_any_u8() % 6;
#endif
  switch (structure) {
    case 0:
      emap_calls();
      break;
    case 1:
      dchain_calls();
      break;
    case 2:
      map_calls();
      break;
    case 3:
      vector_calls();
      break;
    case 4:
      lpm_calls();
      break;
    default:
      cht_calls();
      break;
  }
  vig_end();
}
