// expect: varargs.c:5:30 variadic functions (...) are not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

static int log_packet(int n, ...) { return n; }

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet; (void)length; (void)now;
  return device;
}
