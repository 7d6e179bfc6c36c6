// expect: unknown_identifier.c:8:10 unknown identifier 'devcie'
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now; (void)device;
  return devcie;
}
