// expect: function_pointer.c:9:7 function pointers are not supported
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

static int twice(int x) { return 2 * x; }

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int (*op)(int) = twice;
  (void)packet; (void)length; (void)now;
  return op(device) > 2 ? NF_DROP : device;
}
