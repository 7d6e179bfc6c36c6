/*
 * cht.c: Maglev's lookup table with one preference row per slot, as ConcreteCht.java (see the
 * cht_fill comment in libvig.h for the definition). Filling needs each backend's position of a
 * slot; instead of a backend x height table it is computed from the inverse of skip mod height:
 * perm(b, j) = s  <=>  j = (s - offset(b)) * skip(b)^-1 mod height.
 */
#include "libvig_impl.h"

#define VIG_CHT_MAX_ENTRIES (64LL * 1024 * 1024)

static bool is_prime(int n) {
  if (n < 2) {
    return false;
  }
  for (int d = 2; d <= n / d; d++) {
    if (n % d == 0) {
      return false;
    }
  }
  return true;
}

struct vig_cht_impl *vig_cht_impl(struct vig_cht *c) {
  if (c->impl == NULL) {
    if (c->backend_capacity <= 0) {
      vig_violation("cht", c->name, "backend capacity must be positive", c->backend_capacity);
    }
    if (!is_prime(c->height)) {
      vig_violation("cht", c->name, "height must be a prime", c->height);
    }
    if ((long long)c->backend_capacity * c->height > VIG_CHT_MAX_ENTRIES) {
      vig_violation("cht", c->name, "backend_capacity * height is too large", c->height);
    }
    struct vig_cht_impl *x = vig_carve(sizeof *x, c->name);
    x->rows = vig_carve((size_t)c->backend_capacity * (size_t)c->height * sizeof(int32_t),
                        c->name);
    x->offset = vig_carve((size_t)c->backend_capacity * sizeof(int32_t), c->name);
    x->skip = vig_carve((size_t)c->backend_capacity * sizeof(int32_t), c->name);
    x->inverse = vig_carve((size_t)c->backend_capacity * sizeof(int32_t), c->name);
    x->next = vig_carve((size_t)c->backend_capacity * sizeof(int32_t), c->name);
    c->impl = x;
  }
  return c->impl;
}

/* base^exponent mod modulus, by squaring: at most 31 rounds for an int exponent. */
static int64_t power_mod(int64_t base, int exponent, int modulus) {
  int64_t result = 1 % modulus;
  base %= modulus;
  for (int round = 0; round < 31 && exponent > 0; round++) {
    if (exponent & 1) {
      result = result * base % modulus;
    }
    base = base * base % modulus;
    exponent >>= 1;
  }
  return result;
}

static void le32(int backend, uint8_t bytes[5]) {
  uint32_t b = (uint32_t)backend;
  bytes[0] = (uint8_t)b;
  bytes[1] = (uint8_t)(b >> 8);
  bytes[2] = (uint8_t)(b >> 16);
  bytes[3] = (uint8_t)(b >> 24);
  bytes[4] = 0x01; /* the salt of h2 */
}

int vig_cht_permutation(struct vig_cht *c, int backend, int j) {
  struct vig_cht_impl *x = vig_cht_impl(c);
  return (int)((x->offset[backend] + (int64_t)j * x->skip[backend]) % c->height);
}

/* Where slot lies in backend's permutation. */
static int position(struct vig_cht *c, int backend, int slot) {
  struct vig_cht_impl *x = vig_cht_impl(c);
  int64_t from_offset = ((int64_t)slot - x->offset[backend] + c->height) % c->height;
  return (int)(from_offset * x->inverse[backend] % c->height);
}

/* Maglev's round robin: row[slot][0] = the backend that took slot. */
static void populate(struct vig_cht *c) {
  struct vig_cht_impl *x = vig_cht_impl(c);
  int bc = c->backend_capacity;
  for (int s = 0; s < c->height; s++) {
    x->rows[(size_t)s * (size_t)bc] = -1;
  }
  for (int b = 0; b < bc; b++) {
    x->next[b] = 0;
  }
  int taken = 0;
  /* each round takes at least one slot, so height rounds take them all */
  for (int round = 0; round < c->height && taken < c->height; round++) {
    for (int b = 0; b < bc && taken < c->height; b++) {
      int slot = -1;
      for (int tries = 0; tries < c->height && x->next[b] < c->height; tries++) {
        int candidate = vig_cht_permutation(c, b, x->next[b]);
        x->next[b]++;
        if (x->rows[(size_t)candidate * (size_t)bc] < 0) {
          slot = candidate;
          break;
        }
      }
      if (slot < 0) {
        vig_violation("cht_fill", c->name, "a permutation ran out of slots for backend", b);
      }
      x->rows[(size_t)slot * (size_t)bc] = b;
      taken++;
    }
  }
}

void cht_fill(struct vig_cht *c) {
  struct vig_cht_impl *x = vig_cht_impl(c);
  int bc = c->backend_capacity;
  for (int b = 0; b < bc; b++) {
    uint8_t name[5];
    le32(b, name);
    x->offset[b] = (int32_t)(vig_hash(name, 4) % (uint32_t)c->height);
    x->skip[b] = (int32_t)(vig_hash(name, 5) % (uint32_t)(c->height - 1)) + 1;
    x->inverse[b] = (int32_t)power_mod(x->skip[b], c->height - 2, c->height);
  }
  populate(c);
  /* each row: its owner, then the others by (position of the slot in their permutation, b),
   * by insertion in increasing b, so an equal position keeps the lower backend first */
  for (int s = 0; s < c->height; s++) {
    int32_t *row = &x->rows[(size_t)s * (size_t)bc];
    int owner = row[0];
    int n = 1;
    for (int b = 0; b < bc; b++) {
      if (b == owner) {
        continue;
      }
      int p = position(c, b, s);
      int at = n;
      for (int k = 0; k < bc && at > 1 && position(c, row[at - 1], s) > p; k++) {
        row[at] = row[at - 1];
        at--;
      }
      row[at] = b;
      n++;
    }
  }
  x->filled = true;
}

bool cht_find_preferred(struct vig_cht *c, uint32_t hash, struct vig_emap *backends,
                        int *backend_out) {
  struct vig_cht_impl *x = vig_cht_impl(c);
  if (!x->filled) {
    vig_violation("cht_find_preferred", c->name, "the table is not filled (call cht_fill)", 0);
  }
  if (backends->capacity != c->backend_capacity) {
    vig_violation("cht_find_preferred", c->name, "backends emap capacity differs",
                  backends->capacity);
  }
  const int32_t *row = &x->rows[(size_t)(hash % (uint32_t)c->height) * (size_t)c->backend_capacity];
  for (int r = 0; r < c->backend_capacity; r++) {
    if (emap_has_index(backends, row[r])) {
      *backend_out = row[r];
      return true;
    }
  }
  return false;
}
