/*
 * chain.c: allocated indices with timestamps, in a list ordered by timestamp (oldest first).
 * Monotonic time makes every insertion an append; an older stamp walks back to its place, so
 * expiry by the head is right whatever order the stamps come in.
 */
#include "libvig_impl.h"

void vig_chain_init(struct vig_chain *c, int capacity, const char *object) {
  vig_bits_init(&c->used, capacity, object);
  c->time = vig_carve((size_t)capacity * sizeof(vigor_time_t), object);
  c->prev = vig_carve((size_t)capacity * sizeof(int32_t), object);
  c->next = vig_carve((size_t)capacity * sizeof(int32_t), object);
  c->oldest = 0;
  c->newest = 0;
}

static void unlink_entry(struct vig_chain *c, int index) {
  int32_t p = c->prev[index];
  int32_t n = c->next[index];
  if (p == 0) {
    c->oldest = n;
  } else {
    c->next[p - 1] = n;
  }
  if (n == 0) {
    c->newest = p;
  } else {
    c->prev[n - 1] = p;
  }
  c->prev[index] = 0;
  c->next[index] = 0;
}

/* Links index (stamped now) after the newest entry stamped at or before now. */
static void link_entry(struct vig_chain *c, int index, vigor_time_t now) {
  int32_t after = c->newest;
  for (int steps = 0; steps < c->used.capacity && after != 0 && c->time[after - 1] > now;
       steps++) {
    after = c->prev[after - 1];
  }
  c->time[index] = now;
  c->prev[index] = after;
  if (after == 0) {
    c->next[index] = c->oldest;
    c->oldest = index + 1;
  } else {
    c->next[index] = c->next[after - 1];
    c->next[after - 1] = index + 1;
  }
  if (c->next[index] == 0) {
    c->newest = index + 1;
  } else {
    c->prev[c->next[index] - 1] = index + 1;
  }
}

int vig_chain_allocate(struct vig_chain *c, vigor_time_t now) {
  int index = vig_bits_lowest_clear(&c->used);
  vig_bits_set(&c->used, index);
  link_entry(c, index, now);
  return index;
}

void vig_chain_place(struct vig_chain *c, int index, vigor_time_t time) {
  vig_bits_set(&c->used, index);
  link_entry(c, index, time);
}

void vig_chain_restamp(struct vig_chain *c, int index, vigor_time_t now) {
  unlink_entry(c, index);
  link_entry(c, index, now);
}

void vig_chain_free(struct vig_chain *c, int index) {
  unlink_entry(c, index);
  c->time[index] = 0;
  vig_bits_clear(&c->used, index);
}

int vig_chain_expired(const struct vig_chain *c, vigor_time_t older_than) {
  if (c->oldest != 0 && c->time[c->oldest - 1] < older_than) {
    return c->oldest - 1;
  }
  return -1;
}
