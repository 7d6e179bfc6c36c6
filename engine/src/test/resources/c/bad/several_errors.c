// expect: several_errors.c:7:10 unknown identifier 'a'
// expect: several_errors.c:8:10 unknown identifier 'b'
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  (void)(a + 1);
  (void)(b + 1);
  return true;
}
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
