/*
 * memory_model.c: what the layers below give libVig, for the libvig layer's verification. Each
 * carve is memory of its own (vig_zeroed), zeroed as the arena is, so an index one past an
 * array is an access outside it, not a silent write into the next carve; arena.c's carving of
 * one static array is trusted. A broken precondition stops the program in violation.c; here a
 * call the harness makes only within its contract must never get that far.
 */
#include "../src/c/libvig_impl.h"

#include <vigor/verify.h>

void *vig_carve(size_t bytes, const char *object) {
  (void)object;
  return vig_zeroed(bytes);
}

_Noreturn void vig_violation(const char *function, const char *object, const char *problem,
                             long long detail) {
  (void)function;
  (void)object;
  (void)problem;
  vig_assert(false); /* libVig rejected a call its contract allows */
  vig_end();
}
