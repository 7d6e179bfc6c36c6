/* libc.c: the four functions a freestanding gcc may call for struct copies and zeroing. */
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *to, const void *from, size_t n) {
  uint8_t *t = to;
  const uint8_t *f = from;
  for (size_t i = 0; i < n; i++) {
    t[i] = f[i];
  }
  return to;
}

void *memmove(void *to, const void *from, size_t n) {
  uint8_t *t = to;
  const uint8_t *f = from;
  if (t < f) {
    for (size_t i = 0; i < n; i++) {
      t[i] = f[i];
    }
  } else {
    for (size_t i = n; i > 0; i--) {
      t[i - 1] = f[i - 1];
    }
  }
  return to;
}

void *memset(void *to, int c, size_t n) {
  uint8_t *t = to;
  for (size_t i = 0; i < n; i++) {
    t[i] = (uint8_t)c;
  }
  return to;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8_t *x = a;
  const uint8_t *y = b;
  for (size_t i = 0; i < n; i++) {
    if (x[i] != y[i]) {
      return x[i] < y[i] ? -1 : 1;
    }
  }
  return 0;
}

/* 64-bit division helpers gcc calls on a 32-bit target (libgcc's, which a freestanding 32-bit
 * build here lacks): shift and subtract, one quotient bit per step. */
static uint64_t udivmod(uint64_t n, uint64_t d, uint64_t *rem) {
  uint64_t q = 0;
  uint64_t r = 0;
  for (int i = 63; i >= 0; i--) {
    r = r << 1 | ((n >> i) & 1);
    if (r >= d) {
      r -= d;
      q |= (uint64_t)1 << i;
    }
  }
  *rem = r;
  return q;
}

uint64_t __udivdi3(uint64_t n, uint64_t d) {
  uint64_t r;
  return udivmod(n, d, &r);
}

uint64_t __umoddi3(uint64_t n, uint64_t d) {
  uint64_t r;
  udivmod(n, d, &r);
  return r;
}

int64_t __divdi3(int64_t n, int64_t d) {
  uint64_t r;
  uint64_t q = udivmod(n < 0 ? -(uint64_t)n : (uint64_t)n, d < 0 ? -(uint64_t)d : (uint64_t)d, &r);
  return (n < 0) != (d < 0) ? -(int64_t)q : (int64_t)q;
}

int64_t __moddi3(int64_t n, int64_t d) {
  uint64_t r;
  udivmod(n < 0 ? -(uint64_t)n : (uint64_t)n, d < 0 ? -(uint64_t)d : (uint64_t)d, &r);
  return n < 0 ? -(int64_t)r : (int64_t)r;
}
