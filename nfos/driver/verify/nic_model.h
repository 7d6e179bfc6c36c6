/*
 * nic_model.h: the register-level model of the 82540EM the driver is verified against
 * (nic_model.c), and what the driver's harness (driver_harness.c) asks of it.
 */
#ifndef NFOS_NIC_MODEL_H
#define NFOS_NIC_MODEL_H

#include <vigor/io.h>

#include "../e1000_hw.h"

/* Where the model maps device d's registers (its BAR0) and DMA area: apart, like on a PC. */
#define NIC_MODEL_BAR0(d) (0xFEB00000u + (uint32_t)(d) * 0x20000u)
#define NIC_MODEL_WINDOW 0x20000u
#define NIC_MODEL_DMA(d) (0x00400000u + (uint32_t)(d) * 0x00400000u)

/* Before the driver starts: every NIC just powered, its registers at any value of their defined bits. */
void nic_model_power_on(void);
/* PCI configuration wrote device's command register (memory space, bus mastering). */
void nic_model_pci_command(uint16_t device, uint32_t command);
/* After e1000_init of every device: each NIC was reset and has both rings running. */
void nic_model_check_running(void);
/* The wire: device's NIC receives a frame of any length and bytes into the next descriptor it
 * owns (none if it owns none); returns whether it did. */
bool nic_model_receive(uint16_t device);
/* Whether buf holds the next frame device's NIC received that the driver had to hand over
 * (complete, and fitting an io buffer), and consumes it. */
bool nic_model_is_next_received(const struct io_buf *buf);
/* Whether every frame received that the driver had to hand over has been. */
bool nic_model_all_handed(void);
/* The frame device's NIC last transmitted equals buf's bytes. */
bool nic_model_transmitted(uint16_t device, const struct io_buf *buf);

#endif
