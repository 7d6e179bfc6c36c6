/* A helper that needs nothing of the NF: without <vigor/nf.h> it needs no NF_DEVICE_COUNT. */
#include <stdint.h>

uint16_t swap_bytes(uint16_t x) {
  return (uint16_t)((x << 8) | (x >> 8));
}
