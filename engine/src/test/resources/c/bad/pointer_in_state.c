// expect: pointer_in_state.c:8:21 cannot be or contain a pointer
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct entry { uint8_t *where; uint16_t device; };

VIG_VECTOR(entries, struct entry, 16);

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
