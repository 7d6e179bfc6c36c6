/* Scans the packet for a zero byte: the loop's bound depends on the data. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)now;
  uint16_t i = 0;
  while (i < length && packet[i] != 0) { /* EXPECT: REJECTED */
    i = i + packet[i];
  }
  return i == length ? NF_DROP : device;
}
