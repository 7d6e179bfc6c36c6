/* pci.c: PCI configuration space through ports 0xCF8/0xCFC (configuration mechanism #1). */
#include "hw.h"
#include "nfos.h"

static uint32_t config_read(uint8_t bus, uint8_t slot, uint8_t function, uint8_t offset) {
  hw_outl(0xCF8, 0x80000000u | (uint32_t)bus << 16 | (uint32_t)slot << 11 |
                     (uint32_t)function << 8 | (offset & 0xFCu));
  return hw_inl(0xCFC);
}

static void config_write(uint8_t bus, uint8_t slot, uint8_t function, uint8_t offset,
                         uint32_t v) {
  hw_outl(0xCF8, 0x80000000u | (uint32_t)bus << 16 | (uint32_t)slot << 11 |
                     (uint32_t)function << 8 | (offset & 0xFCu));
  hw_outl(0xCFC, v);
}

bool pci_find(uint16_t vendor, uint16_t device, int index, struct pci_device *out) {
  int seen = 0;
  for (uint8_t slot = 0; slot < 32; slot++) {
    uint32_t id = config_read(0, slot, 0, 0x00);
    if ((id & 0xFFFF) != vendor || (id >> 16) != device) {
      continue;
    }
    if (seen++ != index) {
      continue;
    }
    out->bus = 0;
    out->slot = slot;
    out->function = 0;
    out->bar0 = config_read(0, slot, 0, 0x10) & ~0xFu;
    /* command register: memory space (bit 1) and bus master (bit 2) on */
    uint32_t command = config_read(0, slot, 0, 0x04);
    config_write(0, slot, 0, 0x04, (command & 0xFFFF) | 0x6);
    return true;
  }
  return false;
}
