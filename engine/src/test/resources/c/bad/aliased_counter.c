// expect: aliased_counter.c:10:3 the address of 'i' is taken at aliased_counter.c:9:12
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int i = 0;
  int sum = 0;
  int *p = &i;
  for (i = 0; i < 10; i++) {
    *p = 0;
    sum += packet[i];
  }
  (void)length; (void)now;
  return sum == 0 ? device : NF_DROP;
}
