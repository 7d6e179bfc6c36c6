/*
 * arena.c: the memory every libVig object's impl lives in. No heap: one static array, sized at
 * compile time (-DVIG_ARENA_BYTES=..., default 256 MiB of zeroed .bss, which costs only the pages
 * touched), carved front to back on each object's first use and never given back.
 */
#include "libvig_impl.h"

#ifndef VIG_ARENA_BYTES
#define VIG_ARENA_BYTES (256u * 1024u * 1024u)
#endif

static uint64_t arena[VIG_ARENA_BYTES / sizeof(uint64_t)];
static size_t arena_used; /* in words */

void *vig_carve(size_t bytes, const char *object) {
  size_t words = (bytes + sizeof(uint64_t) - 1) / sizeof(uint64_t);
  size_t total = sizeof(arena) / sizeof(uint64_t);
  if (words > total - arena_used) {
    vig_violation("vig_carve", object, "arena exhausted (raise VIG_ARENA_BYTES); bytes wanted",
                  (long long)bytes);
  }
  uint64_t *p = &arena[arena_used];
  arena_used += words;
  return p; /* zero: the arena starts zeroed and is never reused */
}

void vig_arena_reset(void) {
  for (size_t i = 0; i < arena_used; i++) {
    arena[i] = 0;
  }
  arena_used = 0;
}
