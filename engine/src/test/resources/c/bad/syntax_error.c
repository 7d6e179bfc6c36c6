// expect: syntax_error.c:8:3 syntax error at 'return'
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) { return true; }
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  int x = device + 1
  return x;
}
