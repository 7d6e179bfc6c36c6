/* nfos.h: what NFOS's parts offer each other. */
#ifndef NFOS_H
#define NFOS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A 16550 UART at port, 115200 8N1, polled: the console's and the packet log's. */
void uart_init(uint16_t port);
void uart_put(uint16_t port, char c);

/* The serial console (COM1): where NFOS says what it does. */
void serial_init(void);
void serial_puts(const char *s);
void serial_hex(uint32_t v);

/* The packet log (COM2, when the machine has one): "<device> <verdict>" per processed packet,
 * written once the packet's frames are sent. */
void packet_log_init(void);
void packet_log(uint16_t device, int verdict);

/* A PCI function: its location and its first memory BAR. */
struct pci_device {
  uint8_t bus, slot, function;
  uint32_t bar0;
};

/* Finds the index-th function with this vendor and device id on bus 0; false when none. It gets
 * memory space and bus mastering enabled. */
bool pci_find(uint16_t vendor, uint16_t device, int index, struct pci_device *out);

/* Nanoseconds since boot, from the TSC read as one tick per nanosecond (a 1 GHz TSC; QEMU's TCG
 * counts in its own time anyway): what the NF gets as now. */
int64_t nfos_now(void);

/* Whether the packet loop is to end (never on hardware; the io back end's "done"). */
bool nfos_stop_requested(void);

/* Stops the machine after saying why. */
_Noreturn void nfos_halt(const char *why);

#endif /* NFOS_H */
