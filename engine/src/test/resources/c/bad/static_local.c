// expect: static_local.c:7:3 static local variables keep state across packets
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  static uint32_t count = 0;
  count++;
  (void)packet; (void)length; (void)now;
  return device;
}
