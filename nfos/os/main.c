/*
 * main.c: NFOS after boot. Finds the NF's NICs on PCI, brings them up, runs nf_init, then the
 * packet loop forever. No scheduler, no interrupts, no virtual memory: the NF is the only thing
 * the machine does.
 */
#include <vigor/io.h>

#include "../driver/e1000.h"
#include "nfos.h"

void nfos_main(void) {
  serial_init();
  serial_puts("nfos: booted\n");
  packet_log_init();
  for (int d = 0; d < NF_DEVICE_COUNT; d++) {
    struct pci_device pci;
    if (!pci_find(E1000_VENDOR, E1000_DEVICE, d, &pci)) {
      nfos_halt("fewer 82540EM NICs than the NF has devices");
    }
    e1000_init((uint16_t)d, pci.bar0);
    serial_puts("nfos: device ");
    serial_hex((uint32_t)d);
    serial_puts(" is the 82540EM at bar0 ");
    serial_hex(pci.bar0);
    serial_puts("\n");
  }
  if (!nf_init()) {
    nfos_halt("nf_init returned false");
  }
  serial_puts("nfos: nf_init done, forwarding\n");
  io_loop();
  nfos_halt("the packet loop ended");
}
