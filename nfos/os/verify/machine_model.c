/*
 * machine_model.c: the PC NFOS runs on, as a model, for verifying NFOS after boot (the trusted
 * hw.h's functions: port I/O, the TSC, halting, and whether to stop). What it checks:
 *   - PCI configuration (mechanism #1, ports 0xCF8/0xCFC): the address register written with the
 *     enable bit, a dword-aligned register and function 0 before data is read or written; only the
 *     command register of a NIC written, with no reserved bit and bus mastering on;
 *   - ports: only those of COM1, COM2 and PCI configuration used; COM2 written only once found;
 *   - halting only when something is wrong (fewer NICs than the NF's devices, nf_init failed) or
 *     the machine asked the loop to stop.
 * The machine: QEMU's pc machine (host bridge at slot 0, ISA bridge at 1, VGA at 2, the NICs from
 * slot 3 on, nothing after), any number of NICs up to the NF's devices, a COM2 or not; the TSC
 * never goes back; the UARTs are always ready to send; the machine asks the packet loop to stop
 * after one pass, which is how one pass is verified.
 */
#include <vigor/io.h>
#include <vigor/verify.h>

#include "../../driver/verify/nic_model.h"
#include "../hw.h"
#include "../nfos.h"
#include "machine_model.h"

#define COM1 0x3F8
#define COM2 0x2F8
#define PCI_ADDRESS 0xCF8
#define PCI_DATA 0xCFC
#define NIC_FIRST_SLOT 3
#define E1000_ID 0x100E8086u

static uint16_t nics_on_bus;            /* 82540EMs on the bus */
static bool com2;                /* whether there is a COM2 */
static uint8_t com2_scratch;
static bool com2_found;          /* NFOS read COM2's scratch register back */
static uint32_t pci_address;
static bool pci_latched;
static uint32_t command[NF_DEVICE_COUNT];
static uint64_t tsc;
static uint16_t stop_asked;
static bool halt_expected;

void machine_model_power_on(void) {
  nics_on_bus = vig_any_u16();
  vig_assume(nics_on_bus <= NF_DEVICE_COUNT);
  if (nics_on_bus < NF_DEVICE_COUNT) {
    halt_expected = true; /* NFOS cannot run the NF: it must say so and halt */
  }
  com2 = vig_any_bool();
}

void machine_model_halt_expected(void) {
  halt_expected = true;
}

/* The NIC in slot, or -1. */
static int nic_in(uint32_t slot) {
  for (uint16_t k = 0; k < NF_DEVICE_COUNT; k++) {
    if (k < nics_on_bus && slot == NIC_FIRST_SLOT + k) {
      return k;
    }
  }
  return -1;
}

static uint32_t config_value(uint32_t slot, uint32_t offset) {
  int k = nic_in(slot);
  if (k >= 0) {
    if (offset == 0x00) {
      return E1000_ID;
    }
    if (offset == 0x04) {
      return command[k];
    }
    if (offset == 0x10) {
      return NIC_MODEL_BAR0(k); /* a 32-bit, non-prefetchable memory BAR, as the 82540EM's */
    }
    return vig_any_u32();
  }
  if (offset != 0x00) {
    return vig_any_u32();
  }
  if (slot == 0) {
    return 0x12378086u; /* 440FX host bridge */
  }
  if (slot == 1) {
    return 0x70008086u; /* PIIX3 ISA bridge */
  }
  if (slot == 2) {
    return 0x11111234u; /* VGA */
  }
  return 0xFFFFFFFFu; /* no device */
}

void hw_outl(uint16_t port, uint32_t v) {
  if (port == PCI_ADDRESS) {
    vig_assert((v & 0x80000000u) != 0); /* a PCI configuration address without its enable bit */
    vig_assert((v & 0x3u) == 0); /* a PCI configuration register that is not dword-aligned */
    pci_address = v;
    pci_latched = true;
    return;
  }
  vig_assert(port == PCI_DATA); /* a port NFOS has no device at */
  vig_assert(pci_latched); /* PCI configuration data written before its address */
  uint32_t bus = (pci_address >> 16) & 0xFF;
  uint32_t slot = (pci_address >> 11) & 0x1F;
  uint32_t function = (pci_address >> 8) & 0x7;
  uint32_t offset = pci_address & 0xFC;
  int k = bus == 0 && function == 0 ? nic_in(slot) : -1;
  vig_assert(k >= 0 && offset == 0x04); /* a PCI configuration register NFOS has no business writing */
  vig_assert((v & 0xF800u) == 0); /* reserved bits of the PCI command register */
  command[k] = v & 0xFFFF;
  nic_model_pci_command((uint16_t)k, v);
}

uint32_t hw_inl(uint16_t port) {
  vig_assert(port == PCI_DATA); /* a port NFOS has no device at */
  vig_assert(pci_latched); /* PCI configuration data read before its address */
  uint32_t bus = (pci_address >> 16) & 0xFF;
  uint32_t function = (pci_address >> 8) & 0x7;
  if (bus != 0 || function != 0) {
    return 0xFFFFFFFFu;
  }
  return config_value((pci_address >> 11) & 0x1F, pci_address & 0xFC);
}

void hw_outb(uint16_t port, uint8_t v) {
  if (port >= COM1 && port < COM1 + 8) {
    return;
  }
  vig_assert(port >= COM2 && port < COM2 + 8); /* a port NFOS has no device at */
  if (port == COM2 + 7) {
    com2_scratch = v;
    return;
  }
  vig_assert(com2_found); /* COM2 used before it was found */
}

uint8_t hw_inb(uint16_t port) {
  if (port == COM1 + 5 || (com2 && port == COM2 + 5)) {
    return 0x60; /* line status: ready to send */
  }
  if (port == COM2 + 7) {
    if (!com2) {
      return 0xFF; /* nothing there */
    }
    com2_found = true;
    return com2_scratch;
  }
  vig_assert(port >= COM1 && port < COM1 + 8); /* a port NFOS has no device at, or an absent COM2 */
  return vig_any_u8();
}

uint64_t hw_rdtsc(void) {
  uint64_t t = vig_any_u64();
  vig_assume(tsc <= t);
  tsc = t;
  return t;
}

bool hw_stop_requested(void) {
  stop_asked++;
  return stop_asked > 1; /* the packet loop runs one pass */
}

void hw_halt(void) {
  vig_assert(halt_expected || stop_asked > 1); /* NFOS halted although nothing was wrong */
  vig_end();
}
