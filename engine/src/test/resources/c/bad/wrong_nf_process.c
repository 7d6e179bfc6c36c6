// expect: wrong_nf_process.c:6:5 nf_process is defined as int nf_process(unsigned short, unsigned char *, unsigned int, long)
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint32_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
