// expect: libvig_key_type.c:13:23 argument 2 of emap_get points to unsigned int, but the keys of flows are struct flow
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct flow { uint32_t src; uint32_t dst; };
VIG_EMAP(flows, struct flow, 64);

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  uint32_t src = packet[0];
  int index;
  if (emap_get(flows, &src, &index)) {
    return NF_DROP;
  }
  (void)length; (void)now;
  return device;
}
