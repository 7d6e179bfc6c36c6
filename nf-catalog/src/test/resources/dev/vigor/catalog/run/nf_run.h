/*
 * Helpers for the run tests of catalog NFs: a driver includes the NF's .c file (so it can look at
 * the NF's state objects), then this header, and defines run_scenarios(). Linked with
 * libvig_stub.c. Not NF code: the C library is fine here.
 */
#ifndef NF_RUN_H
#define NF_RUN_H

#include <stdio.h>
#include <string.h>

vigor_time_t stub_emap_stamp(struct vig_emap *m, int index);
void stub_emap_reset(struct vig_emap *m, int capacity);
void stub_vector_reset(struct vig_vector *v);

static int failures;
static int checks;

#define EXPECT(cond)                                                                \
  do {                                                                              \
    checks++;                                                                       \
    if (!(cond)) {                                                                  \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond);           \
      failures++;                                                                   \
    }                                                                               \
  } while (0)

#define EXPECT_EQ(actual, expected)                                                 \
  do {                                                                              \
    long long actual_ = (long long)(actual);                                        \
    long long expected_ = (long long)(expected);                                    \
    checks++;                                                                       \
    if (actual_ != expected_) {                                                     \
      fprintf(stderr, "%s:%d: %s is %lld, expected %lld (%s)\n", __FILE__, __LINE__, \
              #actual, actual_, expected_, #expected);                              \
      failures++;                                                                   \
    }                                                                               \
  } while (0)

#define SEC(s) ((vigor_time_t)(s) * VIGOR_NS_PER_SEC)

static uint8_t packet[128];

/* Starts a frame: Ethernet header with the given addresses and ethertype; returns its length. */
static uint16_t put_ether(const uint8_t dst[6], const uint8_t src[6], uint16_t type) {
  memset(packet, 0, sizeof packet);
  struct ether_hdr *eth = (struct ether_hdr *)packet;
  memcpy(eth->d_addr.addr_bytes, dst, 6);
  memcpy(eth->s_addr.addr_bytes, src, 6);
  eth->ether_type = htons(type);
  return (uint16_t)sizeof(struct ether_hdr);
}

static void run_scenarios(void);

int main(void) {
  if (!nf_init()) {
    fprintf(stderr, "nf_init failed\n");
    return 2;
  }
  run_scenarios();
  printf("%d checks, %d failed\n", checks, failures);
  return failures == 0 ? 0 : 1;
}

#endif /* NF_RUN_H */
