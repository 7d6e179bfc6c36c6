/* bits.c: allocation flags, 64 per word; finding the lowest clear one skips full words. */
#include "libvig_impl.h"

#define VIG_WORD_BITS 64

static int words_for(int capacity) {
  return (capacity + VIG_WORD_BITS - 1) / VIG_WORD_BITS;
}

void vig_bits_init(struct vig_bits *b, int capacity, const char *object) {
  b->capacity = capacity;
  b->count = 0;
  b->free_hint = 0;
  b->words = vig_carve((size_t)words_for(capacity) * sizeof(uint64_t), object);
}

bool vig_bits_test(const struct vig_bits *b, int index) {
  return (b->words[index / VIG_WORD_BITS] >> (index % VIG_WORD_BITS)) & 1u;
}

void vig_bits_set(struct vig_bits *b, int index) {
  b->words[index / VIG_WORD_BITS] |= (uint64_t)1 << (index % VIG_WORD_BITS);
  b->count++;
  /* keep the hint past full words, so a search starts where a free index may be */
  int words = words_for(b->capacity);
  for (int w = b->free_hint; w < words && b->words[w] == UINT64_MAX; w++) {
    b->free_hint = w + 1;
  }
}

void vig_bits_clear(struct vig_bits *b, int index) {
  b->words[index / VIG_WORD_BITS] &= ~((uint64_t)1 << (index % VIG_WORD_BITS));
  b->count--;
  if (index / VIG_WORD_BITS < b->free_hint) {
    b->free_hint = index / VIG_WORD_BITS;
  }
}

int vig_bits_lowest_clear(const struct vig_bits *b) {
  int words = words_for(b->capacity);
  for (int w = b->free_hint; w < words; w++) {
    uint64_t taken = b->words[w];
    if (taken != UINT64_MAX) {
      for (int bit = 0; bit < VIG_WORD_BITS; bit++) {
        if (!((taken >> bit) & 1u)) {
          int index = w * VIG_WORD_BITS + bit;
          return index < b->capacity ? index : -1;
        }
      }
    }
  }
  return -1;
}
