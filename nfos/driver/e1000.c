/*
 * e1000.c: the 82540EM driver and the io back end over it. Polled: rx_burst takes what the
 * receive rings hold, tx puts one frame in the transmit ring and waits for the NIC to take it.
 * Rings and buffers are static (no heap) DMA memory (e1000_dma); registers are reached through
 * mmio_read32/mmio_write32 and DMA addresses from e1000_dma_address: trusted on NFOS, a NIC
 * model when the driver is verified.
 */
#include "e1000.h"

#include <vigor/io.h>

#include "../os/nfos.h"
#include "e1000_hw.h"

/* The driver's own state per NIC: where its registers and DMA memory are, and its ring positions. */
struct nic {
  uint32_t bar0;
  uint32_t dma; /* physical address of e1000_dma[device] */
  uint16_t rx_next; /* the next descriptor the NIC fills */
  uint16_t tx_next; /* the next descriptor we fill */
};

static struct nic nics[NF_DEVICE_COUNT];
struct e1000_dma e1000_dma[NF_DEVICE_COUNT] __attribute__((aligned(128)));

static void write_reg(struct nic *n, uint32_t reg, uint32_t v) {
  mmio_write32(n->bar0 + reg, v);
}

static uint32_t read_reg(struct nic *n, uint32_t reg) {
  return mmio_read32(n->bar0 + reg);
}

/* The physical address of byte offset of the device's DMA area. */
static uint32_t dma_at(struct nic *n, uint32_t offset) {
  return n->dma + offset;
}

void e1000_init(uint16_t device, uint32_t bar0) {
  struct nic *n = &nics[device];
  struct e1000_dma *dma = &e1000_dma[device];
  n->bar0 = bar0;
  n->dma = e1000_dma_address(device);
  write_reg(n, REG_IMC, 0xFFFFFFFFu); /* no interrupts, before and after the reset */
  write_reg(n, REG_CTRL, read_reg(n, REG_CTRL) | CTRL_RST);
  for (int i = 0; i < 1000000 && (read_reg(n, REG_CTRL) & CTRL_RST) != 0; i++) {
  }
  write_reg(n, REG_IMC, 0xFFFFFFFFu);
  write_reg(n, REG_CTRL, read_reg(n, REG_CTRL) | CTRL_SLU);
  for (uint32_t i = 0; i < 128; i++) {
    write_reg(n, REG_MTA + 4 * i, 0);
  }
  for (uint32_t i = 0; i < E1000_RING; i++) {
    dma->rx[i].addr = dma_at(n, (uint32_t)offsetof(struct e1000_dma, rx_buf) + i * RX_BUF);
    dma->rx[i].status = 0;
    dma->tx[i].addr = dma_at(n, (uint32_t)offsetof(struct e1000_dma, tx_buf) + i * TX_BUF);
    dma->tx[i].status = DESC_DD; /* free */
    dma->tx[i].cmd = 0;
  }
  write_reg(n, REG_RDBAL, dma_at(n, (uint32_t)offsetof(struct e1000_dma, rx)));
  write_reg(n, REG_RDBAH, 0);
  write_reg(n, REG_RDLEN, sizeof dma->rx);
  write_reg(n, REG_RDH, 0);
  write_reg(n, REG_RDT, E1000_RING - 1); /* every descriptor but one is the NIC's to fill */
  n->rx_next = 0;
  write_reg(n, REG_RCTL, RCTL_EN | RCTL_UPE | RCTL_MPE | RCTL_BAM | RCTL_SECRC);
  write_reg(n, REG_TDBAL, dma_at(n, (uint32_t)offsetof(struct e1000_dma, tx)));
  write_reg(n, REG_TDBAH, 0);
  write_reg(n, REG_TDLEN, sizeof dma->tx);
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
    struct e1000_dma *dma = &e1000_dma[d];
    for (int k = 0; k < E1000_RING && got < max; k++) {
      volatile struct rx_desc *desc = &dma->rx[n->rx_next];
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
          b->data[i] = dma->rx_buf[n->rx_next][i];
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
  return nfos_stop_requested(); /* a NIC never runs out of packets: only the machine stops */
}

void io_backend_tx(uint16_t device, const struct io_buf *buf) {
  struct nic *n = &nics[device];
  struct e1000_dma *dma = &e1000_dma[device];
  volatile struct tx_desc *desc = &dma->tx[n->tx_next];
  for (int i = 0; i < 1000000 && (desc->status & DESC_DD) == 0; i++) {
  }
  uint16_t length = buf->length < TX_BUF ? buf->length : TX_BUF;
  for (uint16_t i = 0; i < length; i++) {
    dma->tx_buf[n->tx_next][i] = buf->data[i];
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
