/*
 * e1000.c: the 82540EM driver and the io back end over it. Polled: rx_burst takes what the
 * receive rings hold, tx puts one frame in the transmit ring and waits for the NIC to take it.
 * Buffers and rings are static (no heap), at their physical addresses (NFOS does not page).
 */
#include "e1000.h"

#include <vigor/io.h>

#include "../os/nfos.h"

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
#define REG_MTA 0x5200

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

/* Descriptors per ring (a multiple of 8: ring lengths are multiples of 128 bytes). */
#define E1000_RING 32
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

struct nic {
  volatile uint8_t *regs;
  struct rx_desc rx[E1000_RING] __attribute__((aligned(128)));
  struct tx_desc tx[E1000_RING] __attribute__((aligned(128)));
  uint8_t rx_buf[E1000_RING][RX_BUF];
  uint8_t tx_buf[E1000_RING][TX_BUF];
  uint16_t rx_next; /* the next descriptor the NIC fills */
  uint16_t tx_next; /* the next descriptor we fill */
};

static struct nic nics[NF_DEVICE_COUNT] __attribute__((aligned(128)));

static void write_reg(struct nic *n, uint32_t reg, uint32_t v) {
  *(volatile uint32_t *)(n->regs + reg) = v;
}

static uint32_t read_reg(struct nic *n, uint32_t reg) {
  return *(volatile uint32_t *)(n->regs + reg);
}

void e1000_init(uint16_t device, uint32_t bar0) {
  struct nic *n = &nics[device];
  n->regs = (volatile uint8_t *)(uintptr_t)bar0;
  write_reg(n, REG_IMC, 0xFFFFFFFFu); /* no interrupts, before and after the reset */
  write_reg(n, REG_CTRL, read_reg(n, REG_CTRL) | CTRL_RST);
  for (int i = 0; i < 1000000 && (read_reg(n, REG_CTRL) & CTRL_RST) != 0; i++) {
  }
  write_reg(n, REG_IMC, 0xFFFFFFFFu);
  write_reg(n, REG_CTRL, read_reg(n, REG_CTRL) | CTRL_SLU);
  for (uint32_t i = 0; i < 128; i++) {
    write_reg(n, REG_MTA + 4 * i, 0);
  }
  for (int i = 0; i < E1000_RING; i++) {
    n->rx[i].addr = (uint32_t)(uintptr_t)n->rx_buf[i];
    n->rx[i].status = 0;
    n->tx[i].addr = (uint32_t)(uintptr_t)n->tx_buf[i];
    n->tx[i].status = DESC_DD; /* free */
    n->tx[i].cmd = 0;
  }
  write_reg(n, REG_RDBAL, (uint32_t)(uintptr_t)n->rx);
  write_reg(n, REG_RDBAH, 0);
  write_reg(n, REG_RDLEN, sizeof n->rx);
  write_reg(n, REG_RDH, 0);
  write_reg(n, REG_RDT, E1000_RING - 1); /* every descriptor but one is the NIC's to fill */
  n->rx_next = 0;
  write_reg(n, REG_RCTL, RCTL_EN | RCTL_UPE | RCTL_MPE | RCTL_BAM | RCTL_SECRC);
  write_reg(n, REG_TDBAL, (uint32_t)(uintptr_t)n->tx);
  write_reg(n, REG_TDBAH, 0);
  write_reg(n, REG_TDLEN, sizeof n->tx);
  write_reg(n, REG_TDH, 0);
  write_reg(n, REG_TDT, 0);
  n->tx_next = 0;
  write_reg(n, REG_TIPG, TIPG_DEFAULT);
  write_reg(n, REG_TCTL, TCTL_EN | TCTL_PSP | TCTL_CT | TCTL_COLD);
}

uint16_t io_backend_rx_burst(struct io_buf *ring, uint16_t max) {
  uint16_t got = 0;
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    struct nic *n = &nics[d];
    for (int k = 0; k < E1000_RING && got < max; k++) {
      volatile struct rx_desc *desc = &n->rx[n->rx_next];
      if ((desc->status & DESC_DD) == 0) {
        break;
      }
      uint16_t length = desc->length;
      if ((desc->status & DESC_EOP) != 0 && length <= IO_BUF_BYTES) {
        struct io_buf *b = &ring[got++];
        b->device = d;
        b->length = length;
        b->time = nfos_now();
        for (uint16_t i = 0; i < length; i++) {
          b->data[i] = n->rx_buf[n->rx_next][i];
        }
      }
      desc->status = 0;
      write_reg(n, REG_RDT, n->rx_next); /* the descriptor goes back to the NIC */
      n->rx_next = (uint16_t)((n->rx_next + 1) % E1000_RING);
    }
  }
  return got;
}

bool io_backend_done(void) {
  return false; /* a NIC never runs out of packets */
}

void io_backend_tx(uint16_t device, const struct io_buf *buf) {
  struct nic *n = &nics[device];
  volatile struct tx_desc *desc = &n->tx[n->tx_next];
  for (int i = 0; i < 1000000 && (desc->status & DESC_DD) == 0; i++) {
  }
  uint16_t length = buf->length < TX_BUF ? buf->length : TX_BUF;
  for (uint16_t i = 0; i < length; i++) {
    n->tx_buf[n->tx_next][i] = buf->data[i];
  }
  desc->length = length;
  desc->cmd = CMD_EOP | CMD_IFCS | CMD_RS;
  desc->status = 0;
  n->tx_next = (uint16_t)((n->tx_next + 1) % E1000_RING);
  write_reg(n, REG_TDT, n->tx_next);
}

void io_backend_processed(const struct io_buf *buf, int verdict) {
  packet_log(buf->device, verdict);
}
