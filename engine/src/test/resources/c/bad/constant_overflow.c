// expect: constant_overflow.c:9:16 signed integer overflow in a constant expression
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#define EXP_TIME (10 * 1000 * 1000 * 1000)

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length;
  return now > EXP_TIME ? device : NF_DROP;
}
