/*
 * libvig_driver.c: runs libVig C calls read from stdin, one per line, and prints one line per
 * call, for the differential test (CLibVigDifferentialTest) that sends the same calls to the Java
 * concrete structures. Not an NF: it uses stdio, the heap-free library's internals, and setjmp.
 *
 *   new emap CAP KEY_SIZE | new dchain CAP | new map CAP KEY_SIZE VALUE_SIZE
 *   new vector CAP ELEM_SIZE | new lpm CAP | new cht BACKENDS HEIGHT     -> ok (forgets the old)
 *   <libvig.h function> <arguments>   -> results: the return value (bool as 0/1), then the
 *                                        out-parameters; "ok" for a void call
 *   <inspection> (emap_size, emap_time I, emap_next I, dchain_size, dchain_time I, ...)
 * Keys, values and elements are hex bytes in their C layout. A broken precondition prints
 * "! function problem detail" and the object is left as it was.
 */
#include "../../c/libvig_impl.h"

#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_BYTES 64
#define LINE_MAX_CHARS 4096

static jmp_buf on_violation;
static char violation_text[256];

/* The test's vig_violation: the precondition checks run before any change, so jumping back to
 * the command loop leaves the object as it was, as PreconditionViolation does in Java. */
_Noreturn void vig_violation(const char *function, const char *object, const char *problem,
                             long long detail) {
  snprintf(violation_text, sizeof violation_text, "! %s %s: %s [%lld]", function, object, problem,
           detail);
  longjmp(on_violation, 1);
}

static struct vig_emap emap = {"m", 0, 0, NULL};
static struct vig_dchain dchain = {"c", 0, NULL};
static struct vig_map map = {"m", 0, 0, 0, NULL};
static struct vig_vector vector = {"v", 0, 0, NULL};
static struct vig_lpm lpm = {"l", 0, NULL};
static struct vig_cht cht = {"cht", 0, 0, NULL};
static struct vig_emap backends = {"backends", 4, 0, NULL};
static void *lent[1024]; /* vector_borrow's pointers, by index (vectors here are small) */

static void forget_all(void) {
  vig_arena_reset();
  emap.impl = dchain.impl = map.impl = vector.impl = lpm.impl = cht.impl = backends.impl = NULL;
  memset(lent, 0, sizeof lent);
}

static char *word(void) {
  char *w = strtok(NULL, " \t\r\n");
  if (w == NULL) {
    fprintf(stderr, "libvig_driver: missing argument\n");
    exit(2);
  }
  return w;
}

static long long number(void) {
  return strtoll(word(), NULL, 10);
}

/* Hex bytes into out; exits when the length is not the expected one. */
static void bytes(uint8_t *out, size_t expected) {
  const char *hex = word();
  if (strlen(hex) != 2 * expected || expected > MAX_BYTES) {
    fprintf(stderr, "libvig_driver: %s is not %zu hex bytes\n", hex, expected);
    exit(2);
  }
  for (size_t i = 0; i < expected; i++) {
    unsigned int b;
    sscanf(hex + 2 * i, "%2x", &b);
    out[i] = (uint8_t)b;
  }
}

static void print_bytes(char *to, const uint8_t *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    sprintf(to + 2 * i, "%02x", b[i]);
  }
  to[2 * n] = '\0';
}

static char out[1 << 20]; /* cht_rows of a large table is long */

static void say(const char *text) {
  snprintf(out, sizeof out, "%s", text);
}

static void found(bool ok, long long value) {
  if (ok) {
    snprintf(out, sizeof out, "1 %lld", value);
  } else {
    say("0");
  }
}

static void inspect_index(int capacity, int index, const char *function, const char *object) {
  if (index < 0 || index >= capacity) {
    vig_violation(function, object, "index outside 0..capacity-1", index);
  }
}

/* Every function returns after filling out, or longjmps through vig_violation. */
static void run_emap(const char *op) {
  uint8_t key[MAX_BYTES];
  int index = -1;
  if (!strcmp(op, "emap_get")) {
    bytes(key, emap.key_size);
    bool ok = emap_get(&emap, key, &index);
    found(ok, index);
  } else if (!strcmp(op, "emap_add")) {
    bytes(key, emap.key_size);
    vigor_time_t now = number();
    bool ok = emap_add(&emap, key, now, &index);
    found(ok, index);
  } else if (!strcmp(op, "emap_refresh")) {
    int i = (int)number();
    emap_refresh(&emap, i, number());
    say("ok");
  } else if (!strcmp(op, "emap_expire")) {
    snprintf(out, sizeof out, "%d", emap_expire(&emap, number()));
  } else if (!strcmp(op, "emap_erase")) {
    bytes(key, emap.key_size);
    emap_erase(&emap, key);
    say("ok");
  } else if (!strcmp(op, "emap_has_index")) {
    snprintf(out, sizeof out, "%d", emap_has_index(&emap, (int)number()));
  } else if (!strcmp(op, "emap_get_key")) {
    emap_get_key(&emap, (int)number(), key);
    print_bytes(out, key, emap.key_size);
  } else if (!strcmp(op, "emap_full")) {
    snprintf(out, sizeof out, "%d", emap_full(&emap));
  } else if (!strcmp(op, "emap_size")) {
    snprintf(out, sizeof out, "%d", vig_emap_impl(&emap)->chain.used.count);
  } else if (!strcmp(op, "emap_time")) {
    int i = (int)number();
    inspect_index(emap.capacity, i, op, emap.name);
    if (!emap_has_index(&emap, i)) {
      vig_violation(op, emap.name, "index is not allocated", i);
    }
    snprintf(out, sizeof out, "%" PRId64, vig_emap_impl(&emap)->chain.time[i]);
  } else if (!strcmp(op, "emap_next")) {
    int from = (int)number();
    int next = -1;
    for (int i = from < 0 ? 0 : from; i < emap.capacity; i++) {
      if (emap_has_index(&emap, i)) {
        next = i;
        break;
      }
    }
    snprintf(out, sizeof out, "%d", next);
  } else {
    fprintf(stderr, "libvig_driver: unknown call %s\n", op);
    exit(2);
  }
}

static void run_dchain(const char *op) {
  int index = -1;
  if (!strcmp(op, "dchain_allocate")) {
    bool ok = dchain_allocate(&dchain, number(), &index);
    found(ok, index);
  } else if (!strcmp(op, "dchain_rejuvenate")) {
    int i = (int)number();
    dchain_rejuvenate(&dchain, i, number());
    say("ok");
  } else if (!strcmp(op, "dchain_is_allocated")) {
    snprintf(out, sizeof out, "%d", dchain_is_allocated(&dchain, (int)number()));
  } else if (!strcmp(op, "dchain_free")) {
    dchain_free(&dchain, (int)number());
    say("ok");
  } else if (!strcmp(op, "dchain_expire")) {
    snprintf(out, sizeof out, "%d", dchain_expire(&dchain, number()));
  } else if (!strcmp(op, "dchain_size")) {
    snprintf(out, sizeof out, "%d", vig_dchain_impl(&dchain)->chain.used.count);
  } else if (!strcmp(op, "dchain_time")) {
    int i = (int)number();
    inspect_index(dchain.capacity, i, op, dchain.name);
    if (!dchain_is_allocated(&dchain, i)) {
      vig_violation(op, dchain.name, "index is not allocated", i);
    }
    snprintf(out, sizeof out, "%" PRId64, vig_dchain_impl(&dchain)->chain.time[i]);
  } else {
    fprintf(stderr, "libvig_driver: unknown call %s\n", op);
    exit(2);
  }
}

static void run_map(const char *op) {
  uint8_t key[MAX_BYTES];
  uint8_t value[MAX_BYTES];
  if (!strcmp(op, "map_get")) {
    bytes(key, map.key_size);
    if (map_get(&map, key, value)) {
      strcpy(out, "1 ");
      print_bytes(out + 2, value, map.value_size);
    } else {
      say("0");
    }
  } else if (!strcmp(op, "map_has")) {
    bytes(key, map.key_size);
    snprintf(out, sizeof out, "%d", map_has(&map, key));
  } else if (!strcmp(op, "map_put")) {
    bytes(key, map.key_size);
    bytes(value, map.value_size);
    map_put(&map, key, value);
    say("ok");
  } else if (!strcmp(op, "map_erase")) {
    bytes(key, map.key_size);
    map_erase(&map, key);
    say("ok");
  } else if (!strcmp(op, "map_full")) {
    snprintf(out, sizeof out, "%d", map_full(&map));
  } else if (!strcmp(op, "map_size")) {
    snprintf(out, sizeof out, "%d", vig_map_impl(&map)->used.count);
  } else if (!strcmp(op, "map_entries")) {
    /* every entry as key=value, in slot order */
    struct vig_map_impl *x = vig_map_impl(&map);
    size_t at = 0;
    out[0] = '\0';
    for (int s = 0; s < map.capacity; s++) {
      if (vig_bits_test(&x->used, s)) {
        print_bytes(out + at, x->keys.bytes + (size_t)s * map.key_size, map.key_size);
        at += 2 * map.key_size;
        out[at++] = '=';
        print_bytes(out + at, x->values + (size_t)s * map.value_size, map.value_size);
        at += 2 * map.value_size;
        out[at++] = ' ';
        out[at] = '\0';
      }
    }
  } else {
    fprintf(stderr, "libvig_driver: unknown call %s\n", op);
    exit(2);
  }
}

static void run_vector(const char *op) {
  uint8_t elem[MAX_BYTES];
  if (!strcmp(op, "vector_borrow")) {
    int i = (int)number();
    void *p = NULL;
    vector_borrow(&vector, i, &p);
    lent[i] = p;
    print_bytes(out, p, vector.elem_size);
  } else if (!strcmp(op, "vector_return")) {
    int i = (int)number();
    bytes(elem, vector.elem_size);
    bool has_lent = i >= 0 && i < vector.capacity && lent[i] != NULL;
    void *p = has_lent ? lent[i] : elem; /* a pointer never lent when nothing was */
    if (has_lent) {
      memcpy(p, elem, vector.elem_size); /* the NF writes through the lent pointer */
    }
    vector_return(&vector, i, p);
    lent[i] = NULL;
    say("ok");
  } else if (!strcmp(op, "vector_get")) {
    vector_get(&vector, (int)number(), elem);
    print_bytes(out, elem, vector.elem_size);
  } else if (!strcmp(op, "vector_set")) {
    int i = (int)number();
    bytes(elem, vector.elem_size);
    vector_set(&vector, i, elem);
    say("ok");
  } else if (!strcmp(op, "vector_is_borrowed")) {
    int i = (int)number();
    inspect_index(vector.capacity, i, op, vector.name);
    snprintf(out, sizeof out, "%d", vig_vector_impl(&vector)->borrowed[i]);
  } else if (!strcmp(op, "vector_nonzero")) {
    struct vig_vector_impl *x = vig_vector_impl(&vector);
    size_t at = 0;
    out[0] = '\0';
    for (int i = 0; i < vector.capacity; i++) {
      if (!vig_bytes_zero(x->elems + (size_t)i * vector.elem_size, vector.elem_size)) {
        at += (size_t)sprintf(out + at, "%d ", i);
      }
    }
  } else {
    fprintf(stderr, "libvig_driver: unknown call %s\n", op);
    exit(2);
  }
}

static void run_lpm(const char *op) {
  if (!strcmp(op, "lpm_update")) {
    uint32_t prefix = (uint32_t)number();
    uint8_t length = (uint8_t)number();
    uint16_t value = (uint16_t)number();
    snprintf(out, sizeof out, "%d", lpm_update(&lpm, prefix, length, value));
  } else if (!strcmp(op, "lpm_lookup")) {
    uint16_t value = 0;
    bool ok = lpm_lookup(&lpm, (uint32_t)number(), &value);
    found(ok, value);
  } else if (!strcmp(op, "lpm_routes")) {
    /* every stored route as prefix/length=value, in insertion order */
    struct vig_lpm_impl *x = vig_lpm_impl(&lpm);
    size_t at = 0;
    out[0] = '\0';
    for (int i = 0; i < x->count; i++) {
      at += (size_t)snprintf(out + at, sizeof out - at, "%" PRIu32 "/%u=%u ", x->prefix[i],
                             x->length[i], x->value[i]);
    }
  } else {
    fprintf(stderr, "libvig_driver: unknown call %s\n", op);
    exit(2);
  }
}

/* Makes the backends emap hold exactly the backends whose bit is set in mask, each at the index
 * equal to its number: all are added in order (lowest free index = number), then the others
 * erased. */
static void sync_backends(unsigned long long mask) {
  for (int b = 0; b < backends.capacity; b++) {
    uint8_t name[4] = {(uint8_t)b, (uint8_t)(b >> 8), (uint8_t)(b >> 16), (uint8_t)(b >> 24)};
    int index;
    if (emap_get(&backends, name, &index)) {
      emap_erase(&backends, name);
    }
  }
  for (int b = 0; b < backends.capacity; b++) {
    uint8_t name[4] = {(uint8_t)b, (uint8_t)(b >> 8), (uint8_t)(b >> 16), (uint8_t)(b >> 24)};
    int index;
    if (!emap_add(&backends, name, 0, &index) || index != b) {
      fprintf(stderr, "libvig_driver: backend %d landed at %d\n", b, index);
      exit(2);
    }
  }
  for (int b = 0; b < backends.capacity; b++) {
    uint8_t name[4] = {(uint8_t)b, (uint8_t)(b >> 8), (uint8_t)(b >> 16), (uint8_t)(b >> 24)};
    if (!((mask >> b) & 1u)) {
      emap_erase(&backends, name);
    }
  }
}

static void run_cht(const char *op) {
  if (!strcmp(op, "cht_fill")) {
    cht_fill(&cht);
    say("ok");
  } else if (!strcmp(op, "cht_find_preferred")) {
    uint32_t hash = (uint32_t)number();
    sync_backends((unsigned long long)number());
    int backend = -1;
    bool ok = cht_find_preferred(&cht, hash, &backends, &backend);
    found(ok, backend);
  } else if (!strcmp(op, "cht_permutation")) {
    int b = (int)number();
    snprintf(out, sizeof out, "%d", vig_cht_permutation(&cht, b, (int)number()));
  } else if (!strcmp(op, "cht_offset")) {
    snprintf(out, sizeof out, "%d", vig_cht_impl(&cht)->offset[number()]);
  } else if (!strcmp(op, "cht_skip")) {
    snprintf(out, sizeof out, "%d", vig_cht_impl(&cht)->skip[number()]);
  } else if (!strcmp(op, "cht_rows")) {
    /* every slot's preference row, rows separated by '|' */
    struct vig_cht_impl *x = vig_cht_impl(&cht);
    size_t at = 0;
    out[0] = '\0';
    for (int s = 0; s < cht.height; s++) {
      for (int r = 0; r < cht.backend_capacity; r++) {
        at += (size_t)snprintf(out + at, sizeof out - at, r == 0 ? "%d" : ",%d",
                               x->rows[(size_t)s * (size_t)cht.backend_capacity + (size_t)r]);
      }
      at += (size_t)snprintf(out + at, sizeof out - at, "|");
    }
  } else {
    fprintf(stderr, "libvig_driver: unknown call %s\n", op);
    exit(2);
  }
}

static void run_new(void) {
  const char *kind = word();
  forget_all();
  if (!strcmp(kind, "emap")) {
    emap.capacity = (int)number();
    emap.key_size = (size_t)number();
  } else if (!strcmp(kind, "dchain")) {
    dchain.capacity = (int)number();
  } else if (!strcmp(kind, "map")) {
    map.capacity = (int)number();
    map.key_size = (size_t)number();
    map.value_size = (size_t)number();
  } else if (!strcmp(kind, "vector")) {
    vector.capacity = (int)number();
    vector.elem_size = (size_t)number();
  } else if (!strcmp(kind, "lpm")) {
    lpm.capacity = (int)number();
  } else if (!strcmp(kind, "cht")) {
    cht.backend_capacity = (int)number();
    cht.height = (int)number();
    backends.capacity = cht.backend_capacity;
  } else {
    fprintf(stderr, "libvig_driver: unknown kind %s\n", kind);
    exit(2);
  }
  say("ok");
}

int main(void) {
  static char line[LINE_MAX_CHARS];
  while (fgets(line, sizeof line, stdin) != NULL) {
    char *op = strtok(line, " \t\r\n");
    if (op == NULL) {
      continue;
    }
    if (setjmp(on_violation) != 0) {
      puts(violation_text);
      fflush(stdout);
      continue;
    }
    if (!strcmp(op, "new")) {
      run_new();
    } else if (!strncmp(op, "emap_", 5)) {
      run_emap(op);
    } else if (!strncmp(op, "dchain_", 7)) {
      run_dchain(op);
    } else if (!strncmp(op, "map_", 4)) {
      run_map(op);
    } else if (!strncmp(op, "vector_", 7)) {
      run_vector(op);
    } else if (!strncmp(op, "lpm_", 4)) {
      run_lpm(op);
    } else if (!strncmp(op, "cht_", 4)) {
      run_cht(op);
    } else {
      fprintf(stderr, "libvig_driver: unknown call %s\n", op);
      return 2;
    }
    puts(out);
    fflush(stdout);
  }
  return 0;
}
