/* hash.c: vig_hash is 32-bit FNV-1a over the bytes, exactly as VigHash.java. */
#include "libvig_impl.h"

#define VIG_FNV_OFFSET_BASIS 0x811c9dc5u
#define VIG_FNV_PRIME 0x01000193u

uint32_t vig_hash(const void *data, size_t size) {
  const uint8_t *bytes = data;
  uint32_t h = VIG_FNV_OFFSET_BASIS;
  for (size_t i = 0; i < size; i++) {
    h ^= bytes[i];
    h *= VIG_FNV_PRIME;
  }
  return h;
}
