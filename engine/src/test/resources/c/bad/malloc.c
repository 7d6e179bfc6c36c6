// expect: malloc.c:7:19 malloc() is not available
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
void *malloc(size_t size);
bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  uint8_t *copy = malloc(length);
  (void)copy; (void)packet; (void)now;
  return device;
}
