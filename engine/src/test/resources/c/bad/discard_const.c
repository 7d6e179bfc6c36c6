// expect: discard_const.c:7:45 discards const
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  const uint8_t *ro = packet; uint8_t *rw = ro;
  (void)length; (void)now; (void)rw;
  return device;
}
