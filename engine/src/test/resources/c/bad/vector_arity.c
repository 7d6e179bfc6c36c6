// expect: vector_arity.c:8:1 VIG_VECTOR takes no bound; to declare one, use VIG_VECTOR_BOUNDED
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct port { uint16_t device; };

VIG_VECTOR(ports, struct port, 16, device < NF_DEVICE_COUNT);

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
