/*
 * dma.c: trusted, like boot.S and hw.h: the physical address of a NIC's DMA memory, which C can
 * only get by turning a pointer into an integer (NFOS maps memory one to one). Not part of the
 * verified driver; its NIC model answers with addresses of its own.
 */
#include <vigor/nf.h>

#include "e1000_hw.h"

uint32_t e1000_dma_address(uint16_t device) {
  return (uint32_t)(uintptr_t)&e1000_dma[device];
}
