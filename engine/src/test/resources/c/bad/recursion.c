// expect: recursion.c:18:10 recursion (is_even -> is_odd -> is_even)
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

static bool is_odd(int n);

static bool is_even(int n) {
  if (n == 0) {
    return true;
  }
  return is_odd(n - 1);
}

static bool is_odd(int n) {
  if (n == 0) {
    return false;
  }
  return is_even(n - 1);
}

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)now;
  return is_even(length) ? device : NF_DROP;
}
