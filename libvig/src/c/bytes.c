/* bytes.c: byte comparisons and copies as plain bounded loops (no libc calls for the analysis). */
#include "libvig_impl.h"

bool vig_bytes_equal(const uint8_t *a, const uint8_t *b, size_t size) {
  for (size_t i = 0; i < size; i++) {
    if (a[i] != b[i]) {
      return false;
    }
  }
  return true;
}

void vig_bytes_copy(uint8_t *to, const uint8_t *from, size_t size) {
  for (size_t i = 0; i < size; i++) {
    to[i] = from[i];
  }
}

bool vig_bytes_zero(const uint8_t *a, size_t size) {
  for (size_t i = 0; i < size; i++) {
    if (a[i] != 0) {
      return false;
    }
  }
  return true;
}
