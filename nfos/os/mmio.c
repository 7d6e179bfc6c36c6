/* mmio.c: trusted: the driver's register accesses as the volatile 32-bit loads and stores they are. */
#include <vigor/nf.h>

#include "../driver/e1000_hw.h"

uint32_t mmio_read32(uint32_t address) {
  return *(volatile uint32_t *)(uintptr_t)address;
}

void mmio_write32(uint32_t address, uint32_t value) {
  *(volatile uint32_t *)(uintptr_t)address = value;
}
