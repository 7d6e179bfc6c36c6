/*
 * e1000.h: a driver for the Intel 82540EM (e1000), the NIC QEMU emulates, and the nfos/io back end
 * on top of it (io_backend_* of vigor/io.h). Register offsets and bits are the datasheet's
 * (Intel 8254x Family of Gigabit Ethernet Controllers Software Developer's Manual, section 13).
 */
#ifndef NFOS_E1000_H
#define NFOS_E1000_H

#include <stdint.h>

#define E1000_VENDOR 0x8086
#define E1000_DEVICE 0x100E /* 82540EM */

/* Resets the NIC whose registers are mapped at bar0 and starts it as device: link up, every
 * frame received (promiscuous), rings of E1000_RING descriptors, interrupts off (NFOS polls). */
void e1000_init(uint16_t device, uint32_t bar0);

#endif /* NFOS_E1000_H */
