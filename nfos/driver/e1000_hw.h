/*
 * e1000_hw.h: the 82540EM as the driver sees it, and what the driver needs from the machine:
 * register offsets and bits, descriptor formats (Intel 8254x Family of Gigabit Ethernet
 * Controllers Software Developer's Manual, section 13 and 3.2-3.3), the memory the NIC reads and
 * writes by DMA, and the two trusted ways to reach the device (memory-mapped registers, and the
 * physical address of the DMA memory). The NIC model the driver is verified against
 * (verify/nic_model.c) implements the same two functions.
 */
#ifndef NFOS_E1000_HW_H
#define NFOS_E1000_HW_H

#include <stdint.h>

/* Registers (byte offsets into the BAR0 memory window). */
#define REG_CTRL 0x0000
#define REG_STATUS 0x0008
#define REG_IMC 0x00D8
#define REG_RCTL 0x0100
#define REG_TCTL 0x0400
#define REG_TIPG 0x0410
#define REG_RDBAL 0x2800
#define REG_RDBAH 0x2804
#define REG_RDLEN 0x2808
#define REG_RDH 0x2810
#define REG_RDT 0x2818
#define REG_TDBAL 0x3800
#define REG_TDBAH 0x3804
#define REG_TDLEN 0x3808
#define REG_TDH 0x3810
#define REG_TDT 0x3818
#define REG_MTA 0x5200 /* 128 registers of 4 bytes */

#define CTRL_SLU (1u << 6)  /* set link up */
#define CTRL_RST (1u << 26) /* device reset (self-clearing) */
#define RCTL_EN (1u << 1)
#define RCTL_UPE (1u << 3)  /* unicast promiscuous */
#define RCTL_MPE (1u << 4)  /* multicast promiscuous */
#define RCTL_BAM (1u << 15) /* broadcast accept */
#define RCTL_SECRC (1u << 26) /* strip the Ethernet CRC */
#define TCTL_EN (1u << 1)
#define TCTL_PSP (1u << 3) /* pad short packets */
#define TCTL_CT (0x10u << 4)
#define TCTL_COLD (0x40u << 12)
#define TIPG_DEFAULT 0x0060200Au /* IPGT 10, IPGR1 8, IPGR2 6 (datasheet 13.4.34) */

#define DESC_DD 0x01 /* descriptor done */
#define DESC_EOP 0x02
#define CMD_EOP 0x01
#define CMD_IFCS 0x02 /* insert the CRC */
#define CMD_RS 0x08   /* report status */

/* Descriptors per ring: a multiple of 8 (ring lengths are multiples of 128 bytes). A verification
 * build sets a small one; the driver uses it only as the ring's size. */
#ifndef E1000_RING
#define E1000_RING 32
#endif
/* Receive buffer size: RCTL.BSIZE 00 means 2048 bytes. */
#define RX_BUF 2048
#define TX_BUF 2048

struct rx_desc {
  uint64_t addr;
  uint16_t length;
  uint16_t checksum;
  uint8_t status;
  uint8_t errors;
  uint16_t special;
};

struct tx_desc {
  uint64_t addr;
  uint16_t length;
  uint8_t cso;
  uint8_t cmd;
  uint8_t status;
  uint8_t css;
  uint16_t special;
};

/* What one NIC reads and writes by DMA: its rings (128-byte aligned) and their buffers. */
struct e1000_dma {
  struct rx_desc rx[E1000_RING];
  struct tx_desc tx[E1000_RING];
  uint8_t rx_buf[E1000_RING][RX_BUF];
  uint8_t tx_buf[E1000_RING][TX_BUF];
};

/* One DMA area per NF device (defined in e1000.c). */
extern struct e1000_dma e1000_dma[NF_DEVICE_COUNT];

/* Trusted (nfos/driver/dma.c): the physical address of device's DMA area (NFOS does not page). */
uint32_t e1000_dma_address(uint16_t device);

/* Trusted (nfos/os/mmio.c): a 32-bit read or write of the memory-mapped register at address. */
uint32_t mmio_read32(uint32_t address);
void mmio_write32(uint32_t address, uint32_t value);

#endif /* NFOS_E1000_HW_H */
