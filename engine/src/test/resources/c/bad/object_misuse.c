// expect: object_misuse.c:10:7 'flows' is a libVig object; it can only be passed to libVig functions
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

VIG_DCHAIN(flows, 16);

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  if (flows) {
    (void)packet; (void)length; (void)now;
  }
  return device;
}
