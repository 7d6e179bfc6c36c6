// expect: inline_asm.c:7:3 inline assembly is not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  __asm__ volatile("nop");
  (void)packet; (void)length; (void)now;
  return device;
}
