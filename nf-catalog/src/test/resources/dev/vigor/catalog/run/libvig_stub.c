/*
 * A plain C stand-in for libVig, only for running catalog NFs in this module's tests: linear
 * scans, storage allocated at first use, every precondition of libvig.h checked with a message
 * and abort(). It is not libVig (that lives in libvig/) and is never part of an NF.
 */
#define NF_DEVICE_COUNT 1 /* nf.h wants one; the stub itself drives no device */
#include <vigor/libvig.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void require(bool ok, const char *object, const char *what) {
  if (!ok) {
    fprintf(stderr, "libvig stub: %s: precondition violated: %s\n", object, what);
    abort();
  }
}

static void *zeroed(size_t count, size_t size) {
  void *p = calloc(count, size);
  require(p != NULL, "stub", "out of memory");
  return p;
}

/* ---- emap ---- */

struct emap_impl {
  unsigned char *keys;
  bool *used;
  vigor_time_t *stamps;
  int size;
};

static struct emap_impl *emap_of(struct vig_emap *m) {
  if (m->impl == NULL) {
    struct emap_impl *e = zeroed(1, sizeof *e);
    e->keys = zeroed((size_t)m->capacity, m->key_size);
    e->used = zeroed((size_t)m->capacity, sizeof(bool));
    e->stamps = zeroed((size_t)m->capacity, sizeof(vigor_time_t));
    m->impl = e;
  }
  return m->impl;
}

bool emap_get(struct vig_emap *m, const void *key, int *index_out) {
  struct emap_impl *e = emap_of(m);
  for (int i = 0; i < m->capacity; i++) {
    if (e->used[i] && memcmp(e->keys + (size_t)i * m->key_size, key, m->key_size) == 0) {
      *index_out = i;
      return true;
    }
  }
  return false;
}

bool emap_add(struct vig_emap *m, const void *key, vigor_time_t now, int *index_out) {
  int ignored;
  require(!emap_get(m, key, &ignored), m->name, "emap_add of a key already present");
  struct emap_impl *e = emap_of(m);
  for (int i = 0; i < m->capacity; i++) {
    if (!e->used[i]) {
      memcpy(e->keys + (size_t)i * m->key_size, key, m->key_size);
      e->used[i] = true;
      e->stamps[i] = now;
      e->size++;
      *index_out = i;
      return true;
    }
  }
  return false;
}

void emap_refresh(struct vig_emap *m, int index, vigor_time_t now) {
  require(emap_has_index(m, index), m->name, "emap_refresh of an index not allocated");
  emap_of(m)->stamps[index] = now;
}

int emap_expire(struct vig_emap *m, vigor_time_t older_than) {
  struct emap_impl *e = emap_of(m);
  int erased = 0;
  for (int i = 0; i < m->capacity; i++) {
    if (e->used[i] && e->stamps[i] < older_than) {
      e->used[i] = false;
      e->size--;
      erased++;
    }
  }
  return erased;
}

void emap_erase(struct vig_emap *m, const void *key) {
  int index;
  require(emap_get(m, key, &index), m->name, "emap_erase of a key not present");
  emap_of(m)->used[index] = false;
  emap_of(m)->size--;
}

bool emap_has_index(struct vig_emap *m, int index) {
  require(index >= 0 && index < m->capacity, m->name, "index out of range");
  return emap_of(m)->used[index];
}

void emap_get_key(struct vig_emap *m, int index, void *key_out) {
  require(emap_has_index(m, index), m->name, "emap_get_key of an index not allocated");
  memcpy(key_out, emap_of(m)->keys + (size_t)index * m->key_size, m->key_size);
}

bool emap_full(struct vig_emap *m) {
  return emap_of(m)->size == m->capacity;
}

/* ---- vector ---- */

struct vector_impl {
  unsigned char *elems;
  bool *borrowed;
};

static struct vector_impl *vector_of(struct vig_vector *v) {
  if (v->impl == NULL) {
    struct vector_impl *x = zeroed(1, sizeof *x);
    x->elems = zeroed((size_t)v->capacity, v->elem_size);
    x->borrowed = zeroed((size_t)v->capacity, sizeof(bool));
    v->impl = x;
  }
  return v->impl;
}

static unsigned char *vector_at(struct vig_vector *v, int index) {
  require(index >= 0 && index < v->capacity, v->name, "index out of range");
  return vector_of(v)->elems + (size_t)index * v->elem_size;
}

void vector_borrow(struct vig_vector *v, int index, void **elem_out) {
  unsigned char *at = vector_at(v, index);
  require(!vector_of(v)->borrowed[index], v->name, "vector_borrow of an index already borrowed");
  vector_of(v)->borrowed[index] = true;
  *elem_out = at;
}

void vector_return(struct vig_vector *v, int index, void *elem) {
  require(vector_at(v, index) == elem && vector_of(v)->borrowed[index], v->name,
          "vector_return of an element not borrowed there");
  vector_of(v)->borrowed[index] = false;
}

void vector_get(struct vig_vector *v, int index, void *elem_out) {
  memcpy(elem_out, vector_at(v, index), v->elem_size);
}

void vector_set(struct vig_vector *v, int index, const void *elem) {
  memcpy(vector_at(v, index), elem, v->elem_size);
}

/* ---- map ---- */

struct map_impl {
  unsigned char *keys;
  unsigned char *values;
  bool *used;
  int size;
};

static struct map_impl *map_of(struct vig_map *m) {
  if (m->impl == NULL) {
    struct map_impl *x = zeroed(1, sizeof *x);
    x->keys = zeroed((size_t)m->capacity, m->key_size);
    x->values = zeroed((size_t)m->capacity, m->value_size);
    x->used = zeroed((size_t)m->capacity, sizeof(bool));
    m->impl = x;
  }
  return m->impl;
}

static int map_find(struct vig_map *m, const void *key) {
  struct map_impl *x = map_of(m);
  for (int i = 0; i < m->capacity; i++) {
    if (x->used[i] && memcmp(x->keys + (size_t)i * m->key_size, key, m->key_size) == 0) {
      return i;
    }
  }
  return -1;
}

bool map_get(struct vig_map *m, const void *key, void *value_out) {
  int i = map_find(m, key);
  if (i < 0) {
    return false;
  }
  memcpy(value_out, map_of(m)->values + (size_t)i * m->value_size, m->value_size);
  return true;
}

bool map_has(struct vig_map *m, const void *key) {
  return map_find(m, key) >= 0;
}

void map_put(struct vig_map *m, const void *key, const void *value) {
  struct map_impl *x = map_of(m);
  int i = map_find(m, key);
  if (i < 0) {
    require(x->size < m->capacity, m->name, "map_put of a new key into a full map");
    for (i = 0; x->used[i]; i++) {
    }
    memcpy(x->keys + (size_t)i * m->key_size, key, m->key_size);
    x->used[i] = true;
    x->size++;
  }
  memcpy(x->values + (size_t)i * m->value_size, value, m->value_size);
}

void map_erase(struct vig_map *m, const void *key) {
  int i = map_find(m, key);
  require(i >= 0, m->name, "map_erase of a key not present");
  map_of(m)->used[i] = false;
  map_of(m)->size--;
}

bool map_full(struct vig_map *m) {
  return map_of(m)->size == m->capacity;
}

/* ---- test access ---- */

/* The timestamp of an allocated index. */
vigor_time_t stub_emap_stamp(struct vig_emap *m, int index) {
  require(emap_has_index(m, index), m->name, "stamp of an index not allocated");
  return emap_of(m)->stamps[index];
}

/* Empties an emap and gives it another capacity (to reach "full" in a few packets). */
void stub_emap_reset(struct vig_emap *m, int capacity) {
  struct emap_impl *e = m->impl;
  if (e != NULL) {
    free(e->keys);
    free(e->used);
    free(e->stamps);
    free(e);
    m->impl = NULL;
  }
  m->capacity = capacity;
}

/* Empties a vector: every element zeroed again. */
void stub_vector_reset(struct vig_vector *v) {
  struct vector_impl *x = v->impl;
  if (x != NULL) {
    free(x->elems);
    free(x->borrowed);
    free(x);
    v->impl = NULL;
  }
}
