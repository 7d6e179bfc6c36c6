/*
 * state.c: a saved state loaded into the program's objects (vigor/state.h), for replaying a
 * counterexample on the binary. Outside the library's verified part: it reads a file.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "libvig_impl.h"
#include <vigor/state.h>

#define STATE_LINE_MAX 65536

extern const struct vig_object_ref __start_vig_objects[] __attribute__((weak));
extern const struct vig_object_ref __stop_vig_objects[] __attribute__((weak));

static const struct vig_object_ref *find_object(const char *name) {
  for (const struct vig_object_ref *r = __start_vig_objects; r != NULL && r < __stop_vig_objects;
       r++) {
    if (strcmp(r->name, name) == 0) {
      return r;
    }
  }
  return NULL;
}

static bool fail(char *error, size_t size, int line, const char *fmt, ...) {
  int n = snprintf(error, size, "line %d: ", line);
  va_list args;
  va_start(args, fmt);
  if (n >= 0 && (size_t)n < size) {
    vsnprintf(error + n, size - (size_t)n, fmt, args);
  }
  va_end(args);
  return false;
}

/* hex into exactly size bytes; false when it is not that many hex digits. */
static bool parse_hex(const char *hex, uint8_t *out, size_t size) {
  if (strlen(hex) != 2 * size) {
    return false;
  }
  for (size_t i = 0; i < size; i++) {
    unsigned int b;
    if (sscanf(hex + 2 * i, "%2x", &b) != 1) {
      return false;
    }
    out[i] = (uint8_t)b;
  }
  return true;
}

static bool kind_is(const struct vig_object_ref *r, const char *kind) {
  return strcmp(r->kind, kind) == 0;
}

/* A key no packet carries: 0xFE then n, big-endian, in the rest of the bytes. */
static void filler(uint8_t *key, size_t size, uint64_t n) {
  memset(key, 0, size);
  key[0] = 0xFE;
  for (size_t i = size; i > 1 && n != 0; i--, n >>= 8) {
    key[i - 1] = (uint8_t)n;
  }
}

static bool reset(const struct vig_object_ref *r) {
  if (kind_is(r, "vig_emap")) {
    ((struct vig_emap *)r->object)->impl = NULL;
  } else if (kind_is(r, "vig_vector")) {
    ((struct vig_vector *)r->object)->impl = NULL;
  } else if (kind_is(r, "vig_map")) {
    ((struct vig_map *)r->object)->impl = NULL;
  } else if (kind_is(r, "vig_dchain")) {
    ((struct vig_dchain *)r->object)->impl = NULL;
  } else if (kind_is(r, "vig_lpm")) {
    ((struct vig_lpm *)r->object)->impl = NULL;
  } else {
    return false; /* a cht is what cht_fill made of its shape: never reset */
  }
  return true;
}

static bool place_key(struct vig_emap *m, int index, vigor_time_t time, const uint8_t *key) {
  struct vig_emap_impl *e = vig_emap_impl(m);
  if (index < 0 || index >= m->capacity || vig_bits_test(&e->chain.used, index) ||
      vig_keys_find(&e->keys, key) >= 0) {
    return false;
  }
  vig_chain_place(&e->chain, index, time);
  vig_keys_insert(&e->keys, index, key);
  return true;
}

static bool fill(const struct vig_object_ref *r, vigor_time_t time) {
  uint8_t key[256];
  uint64_t n = 0;
  if (kind_is(r, "vig_emap")) {
    struct vig_emap *m = r->object;
    if (m->key_size > sizeof key) {
      return false;
    }
    struct vig_emap_impl *e = vig_emap_impl(m);
    for (int i = 0; i < m->capacity; i++) {
      if (!vig_bits_test(&e->chain.used, i)) {
        do {
          filler(key, m->key_size, n++);
        } while (vig_keys_find(&e->keys, key) >= 0);
        place_key(m, i, time, key);
      }
    }
  } else if (kind_is(r, "vig_dchain")) {
    struct vig_dchain *c = r->object;
    struct vig_dchain_impl *d = vig_dchain_impl(c);
    for (int i = 0; i < c->capacity; i++) {
      if (!vig_bits_test(&d->chain.used, i)) {
        vig_chain_place(&d->chain, i, time);
      }
    }
  } else if (kind_is(r, "vig_map")) {
    struct vig_map *m = r->object;
    uint8_t value[256] = {0};
    if (m->key_size > sizeof key || m->value_size > sizeof value) {
      return false;
    }
    while (vig_map_impl(m)->used.count < m->capacity) {
      do {
        filler(key, m->key_size, n++);
      } while (map_has(m, key));
      map_put(m, key, value);
    }
  } else {
    return false;
  }
  return true;
}

static bool apply(char *words[], int count, int line, char *error, size_t size) {
  const struct vig_object_ref *r = count >= 2 ? find_object(words[1]) : NULL;
  if (count >= 2 && r == NULL) {
    return fail(error, size, line, "no libVig object named %s in this NF", words[1]);
  }
  const char *what = words[0];
  uint8_t bytes[2][4096];
  if (strcmp(what, "reset") == 0 && count == 2) {
    return reset(r) || fail(error, size, line, "%s cannot be reset", words[1]);
  }
  if (strcmp(what, "fill") == 0 && count == 3) {
    return fill(r, strtoll(words[2], NULL, 10)) ||
           fail(error, size, line, "%s cannot be filled", words[1]);
  }
  if (strcmp(what, "emap") == 0 && count == 5 && kind_is(r, "vig_emap")) {
    struct vig_emap *m = r->object;
    if (m->key_size > sizeof bytes[0] || !parse_hex(words[4], bytes[0], m->key_size)) {
      return fail(error, size, line, "the key of %s takes %zu bytes", words[1], m->key_size);
    }
    return place_key(m, atoi(words[2]), strtoll(words[3], NULL, 10), bytes[0]) ||
           fail(error, size, line, "index %s of %s is taken, out of range, or its key is stored"
                " elsewhere", words[2], words[1]);
  }
  if (strcmp(what, "vector") == 0 && count == 4 && kind_is(r, "vig_vector")) {
    struct vig_vector *v = r->object;
    int index = atoi(words[2]);
    if (v->elem_size > sizeof bytes[0] || !parse_hex(words[3], bytes[0], v->elem_size)) {
      return fail(error, size, line, "an element of %s takes %zu bytes", words[1], v->elem_size);
    }
    if (index < 0 || index >= v->capacity) {
      return fail(error, size, line, "index %d outside %s", index, words[1]);
    }
    vector_set(v, index, bytes[0]);
    return true;
  }
  if (strcmp(what, "map") == 0 && count == 4 && kind_is(r, "vig_map")) {
    struct vig_map *m = r->object;
    if (m->key_size > sizeof bytes[0] || m->value_size > sizeof bytes[1] ||
        !parse_hex(words[2], bytes[0], m->key_size) ||
        !parse_hex(words[3], bytes[1], m->value_size)) {
      return fail(error, size, line, "%s holds keys of %zu and values of %zu bytes", words[1],
                  m->key_size, m->value_size);
    }
    if (!map_has(m, bytes[0]) && vig_map_impl(m)->used.count == m->capacity) {
      return fail(error, size, line, "%s is full", words[1]);
    }
    map_put(m, bytes[0], bytes[1]);
    return true;
  }
  if (strcmp(what, "dchain") == 0 && count == 4 && kind_is(r, "vig_dchain")) {
    struct vig_dchain *c = r->object;
    int index = atoi(words[2]);
    struct vig_dchain_impl *d = vig_dchain_impl(c);
    if (index < 0 || index >= c->capacity || vig_bits_test(&d->chain.used, index)) {
      return fail(error, size, line, "index %d of %s is taken or out of range", index, words[1]);
    }
    vig_chain_place(&d->chain, index, strtoll(words[3], NULL, 10));
    return true;
  }
  if (strcmp(what, "lpm") == 0 && count == 5 && kind_is(r, "vig_lpm")) {
    unsigned int a, b, c, d;
    if (sscanf(words[2], "%u.%u.%u.%u", &a, &b, &c, &d) != 4) {
      return fail(error, size, line, "%s is not a dotted IPv4 address", words[2]);
    }
    uint32_t prefix = (uint32_t)a << 24 | (uint32_t)b << 16 | (uint32_t)c << 8 | (uint32_t)d;
    return lpm_update(r->object, prefix, (uint8_t)atoi(words[3]), (uint16_t)atoi(words[4])) ||
           fail(error, size, line, "%s is full", words[1]);
  }
  return fail(error, size, line, "cannot read \"%s\" with %d words here", what, count);
}

bool vig_state_load(FILE *in, char *error, size_t error_size) {
  static char text[STATE_LINE_MAX];
  int line = 0;
  while (fgets(text, sizeof text, in) != NULL) {
    line++;
    char *words[8];
    int count = 0;
    for (char *w = strtok(text, " \t\r\n"); w != NULL && count < 8; w = strtok(NULL, " \t\r\n")) {
      if (w[0] == '#') {
        break;
      }
      words[count++] = w;
    }
    if (count > 0 && !apply(words, count, line, error, error_size)) {
      return false;
    }
  }
  return true;
}
