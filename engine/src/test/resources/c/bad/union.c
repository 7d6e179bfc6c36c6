// expect: union.c:5:1 unions are not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

union addr {
  uint32_t whole;
  uint8_t bytes[4];
};

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
