/*
 * vector.c: index 0..capacity-1 to a zeroed-at-first element, lent by pointer, as
 * ConcreteVector.java. The instantiation's bound is the analysis's to prove, not checked here.
 */
#include "libvig_impl.h"

struct vig_vector_impl *vig_vector_impl(struct vig_vector *v) {
  if (v->impl == NULL) {
    if (v->capacity <= 0 || v->elem_size == 0) {
      vig_violation("vector", v->name, "capacity and element size must be positive", v->capacity);
    }
    struct vig_vector_impl *x = vig_carve(sizeof *x, v->name);
    x->elems = vig_carve((size_t)v->capacity * v->elem_size, v->name);
    x->borrowed = vig_carve((size_t)v->capacity, v->name);
    v->impl = x;
  }
  return v->impl;
}

static void vector_require_index(struct vig_vector *v, int index, const char *function) {
  if (index < 0 || index >= v->capacity) {
    vig_violation(function, v->name, "index outside 0..capacity-1", index);
  }
}

static uint8_t *elem_at(struct vig_vector *v, int index) {
  return vig_vector_impl(v)->elems + (size_t)index * v->elem_size;
}

void vector_borrow(struct vig_vector *v, int index, void **elem_out) {
  vector_require_index(v, index, "vector_borrow");
  struct vig_vector_impl *x = vig_vector_impl(v);
  if (x->borrowed[index]) {
    vig_violation("vector_borrow", v->name, "index is already borrowed", index);
  }
  x->borrowed[index] = 1;
  *elem_out = elem_at(v, index);
}

void vector_return(struct vig_vector *v, int index, void *elem) {
  vector_require_index(v, index, "vector_return");
  struct vig_vector_impl *x = vig_vector_impl(v);
  if (!x->borrowed[index]) {
    vig_violation("vector_return", v->name, "index is not borrowed", index);
  }
  if (elem != elem_at(v, index)) {
    vig_violation("vector_return", v->name, "not the pointer vector_borrow lent for index", index);
  }
  x->borrowed[index] = 0; /* the element was written in place through the lent pointer */
}

void vector_get(struct vig_vector *v, int index, void *elem_out) {
  vector_require_index(v, index, "vector_get");
  vig_bytes_copy(elem_out, elem_at(v, index), v->elem_size);
}

void vector_set(struct vig_vector *v, int index, const void *elem) {
  vector_require_index(v, index, "vector_set");
  vig_bytes_copy(elem_at(v, index), elem, v->elem_size);
}
