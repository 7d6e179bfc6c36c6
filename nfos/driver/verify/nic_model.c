/*
 * nic_model.c: the Intel 82540EM as a register-level model, for verifying the driver (e1000.c).
 * Every register access of the driver and every DMA address it gives the NIC comes here (the
 * model implements mmio_read32, mmio_write32 and e1000_dma_address), and the model checks it
 * against the datasheet (Intel 8254x Family of Gigabit Ethernet Controllers Software Developer's
 * Manual: 13.4 registers, 3.2 receive and 3.4 transmit descriptor rings, 14.3-14.5 initialisation):
 *   - a register the NIC does not have;
 *   - reserved bits written as 1 (CTRL, RCTL, TCTL, TIPG; IMC takes any value, as drivers write ~0);
 *   - order: registers other than CTRL, STATUS and IMC used before a reset has completed, CTRL
 *     written while the reset runs, a ring's receive or transmit enabled before its base, length
 *     and head are programmed, a ring moved while enabled;
 *   - descriptors: a descriptor handed to the NIC while it still owns it, a tail past the ring,
 *     a buffer or ring address outside the driver's DMA memory, a transmit descriptor handed
 *     over without its frame (no end of packet, a length of 0 or more than the buffer).
 * The NIC's side is havocked within what the hardware does: register values at power-on (any
 * value of their defined bits), which frames arrive (any length, any bytes, complete or not), and it completes every
 * frame handed to it for sending at once. A reset takes one read of CTRL: the first read after
 * it sees CTRL.RST still set, the next clear, so a driver must wait for it and not act early.
 */
#include <vigor/verify.h>

#include "../../os/nfos.h"
#include "nic_model.h"

/* Bits the datasheet defines (13.4.1, 13.4.22, 13.4.33, 13.4.34); the others are reserved. */
#define CTRL_DEFINED 0xDCFC1BE9u
#define RCTL_DEFINED 0x06DFB3FEu
#define TCTL_DEFINED 0x017FFFFAu
#define TIPG_DEFINED 0x3FFFFFFFu
#define RCTL_BSIZE (3u << 16)
#define RCTL_BSEX (1u << 25)

/* A descriptor ring: programmed through five registers from its base register (RDBAL, TDBAL). */
struct ring {
  bool base_set, length_set, head_set; /* programmed since the reset */
  bool on;                             /* RCTL.EN, TCTL.EN */
  uint32_t base, count, head, tail;
  bool owned[E1000_RING];              /* descriptors the NIC owns (head up to tail) */
};
#define RING_BAL 0x00
#define RING_BAH 0x04
#define RING_LEN 0x08
#define RING_H 0x10
#define RING_T 0x18

struct nic_state {
  uint16_t device;
  uint32_t ctrl;
  bool memory_on;   /* PCI command: memory space enabled (its registers answer) */
  bool resetting;   /* CTRL.RST written; reads back set until the reset is done */
  uint16_t reset_reads; /* CTRL reads since: the first still sees the reset running, the second not */
  bool ready;       /* a reset completed */
  struct ring rx, tx;
  uint16_t sent_length;     /* the last frame transmitted */
  uint8_t sent[IO_BUF_BYTES];
  bool sent_any;
};

static struct nic_state nic[NF_DEVICE_COUNT];

/* Frames received that the driver must hand to io, per device, oldest first. */
#define MODEL_FRAMES 2
struct frame {
  uint16_t length;
  uint8_t bytes[IO_BUF_BYTES];
};
static struct frame pending[NF_DEVICE_COUNT][MODEL_FRAMES];
static uint16_t pending_count[NF_DEVICE_COUNT];
static uint16_t pending_taken[NF_DEVICE_COUNT];

void nic_model_power_on(void) {
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    nic[d].device = d;
    nic[d].ctrl = vig_any_u32() & CTRL_DEFINED & ~CTRL_RST;
  }
}

void nic_model_pci_command(uint16_t device, uint32_t command) {
  nic[device].memory_on = (command & 0x2) != 0;
  vig_assert((command & 0x4) != 0); /* bus mastering left off: the NIC could not reach its rings */
}

uint32_t e1000_dma_address(uint16_t device) {
  vig_assert(device < NF_DEVICE_COUNT); /* DMA memory of a device the NF does not have */
  return NIC_MODEL_DMA(device);
}

/* Whether [address, address + length) lies in device's DMA memory (e1000_dma[device]). */
static bool in_dma(uint16_t device, uint32_t address, uint32_t length) {
  uint32_t base = NIC_MODEL_DMA(device);
  return address >= base && length <= sizeof(struct e1000_dma)
      && address - base <= sizeof(struct e1000_dma) - length;
}

/* The bytes at a physical address of device's DMA memory (checked in it). */
static uint8_t *dma_bytes(uint16_t device, uint32_t address) {
  uint8_t *area = (uint8_t *)&e1000_dma[device];
  return area + (address - NIC_MODEL_DMA(device));
}

static struct nic_state *decode(uint32_t address, uint32_t *reg) {
  vig_assert(address >= NIC_MODEL_BAR0(0) && address < NIC_MODEL_BAR0(NF_DEVICE_COUNT)); /* an access outside every NIC's registers */
  uint32_t offset = address - NIC_MODEL_BAR0(0);
  *reg = offset % NIC_MODEL_WINDOW;
  struct nic_state *s = &nic[offset / NIC_MODEL_WINDOW];
  vig_assert(s->memory_on); /* a register used before PCI memory space was enabled */
  return s;
}

static void clear_ring(struct ring *r) {
  r->base_set = false;
  r->length_set = false;
  r->head_set = false;
  r->on = false;
  r->head = 0;
  r->tail = 0;
  for (uint16_t i = 0; i < E1000_RING; i++) {
    r->owned[i] = false;
  }
}

static void reset(struct nic_state *s) {
  s->resetting = true;
  s->reset_reads = 0;
  s->ready = false;
  clear_ring(&s->rx);
  clear_ring(&s->tx);
}

/* RDT written: descriptors from the old tail up to tail become the NIC's to fill. */
static void hand_rx(struct nic_state *s, uint32_t tail) {
  uint32_t i = s->rx.tail;
  for (uint16_t k = 0; k < E1000_RING && i != tail; k++) {
    vig_assert(!s->rx.owned[i]); /* a receive descriptor handed to the NIC twice */
    struct rx_desc *desc = (struct rx_desc *)dma_bytes(s->device, s->rx.base + 16 * i);
    vig_assert(desc->addr < 0x100000000u && in_dma(s->device, (uint32_t)desc->addr, RX_BUF)); /* a receive buffer outside the DMA memory */
    s->rx.owned[i] = true;
    i = (i + 1) % s->rx.count;
  }
  s->rx.tail = tail;
}

/* TDT written: descriptors from the old tail up to tail are sent, and done at once. */
static void hand_tx(struct nic_state *s, uint32_t tail) {
  uint32_t i = s->tx.tail;
  for (uint16_t k = 0; k < E1000_RING && i != tail; k++) {
    vig_assert(!s->tx.owned[i]); /* a transmit descriptor handed to the NIC twice */
    struct tx_desc *desc = (struct tx_desc *)dma_bytes(s->device, s->tx.base + 16 * i);
    uint16_t length = desc->length;
    vig_assert((desc->cmd & CMD_EOP) != 0); /* a frame handed over without its end of packet */
    vig_assert(length <= TX_BUF); /* a frame longer than its buffer */
    vig_assert(desc->addr < 0x100000000u && in_dma(s->device, (uint32_t)desc->addr, length)); /* a frame outside the DMA memory */
    uint8_t *bytes = dma_bytes(s->device, (uint32_t)desc->addr);
    s->sent_length = length;
    for (uint16_t b = 0; b < IO_BUF_BYTES && b < length; b++) {
      s->sent[b] = bytes[b];
    }
    s->sent_any = true;
    desc->status = (uint8_t)(desc->status | DESC_DD); /* sent */
    i = (i + 1) % s->tx.count;
  }
  s->tx.tail = tail;
  s->tx.head = tail;
}

/* Whether the 82540EM has a register at reg that this driver may write (datasheet 13.4). */
static bool writable_register(uint32_t reg) {
  return reg == REG_CTRL || reg == REG_IMC || reg == REG_RCTL || reg == REG_TCTL || reg == REG_TIPG
      || reg == REG_RDBAL || reg == REG_RDBAH || reg == REG_RDLEN || reg == REG_RDH || reg == REG_RDT
      || reg == REG_TDBAL || reg == REG_TDBAH || reg == REG_TDLEN || reg == REG_TDH || reg == REG_TDT
      || (reg >= REG_MTA && reg < REG_MTA + 4 * 128 && reg % 4 == 0);
}

/* A write to one of ring's registers (reg, at offset from its base register). */
static void ring_register(struct nic_state *s, struct ring *r, uint32_t reg, uint32_t offset,
                          uint32_t value) {
  if (offset == RING_BAH) {
    vig_assert(value == 0); /* a ring above 4 GiB, where this machine has no DMA memory */
  } else if (offset == RING_BAL) {
    vig_assert(!r->on); /* a ring moved while the NIC uses it */
    vig_assert(value % 16 == 0); /* a ring not 16-byte aligned */
    r->base = value;
    r->base_set = true;
  } else if (offset == RING_LEN) {
    vig_assert(!r->on); /* a ring resized while the NIC uses it */
    vig_assert(value % 128 == 0 && value > 0 && value / 16 <= E1000_RING); /* a ring length that is not a multiple of 128 bytes */
    vig_assert(r->base_set && in_dma(s->device, r->base, value)); /* a ring outside the DMA memory */
    r->count = value / 16;
    r->length_set = true;
  } else if (offset == RING_H) {
    vig_assert(!r->on && r->length_set && value < r->count); /* a ring's head set while the NIC uses it, before its length, or past it */
    r->head = value;
    r->tail = value;
    r->head_set = true;
  } else if (offset == RING_T) {
    vig_assert(r->head_set && value < r->count); /* a ring's tail before it is programmed, or past it */
    if (r == &s->rx) {
      hand_rx(s, value);
    } else {
      hand_tx(s, value);
    }
  }
}

void mmio_write32(uint32_t address, uint32_t value) {
  uint32_t reg = 0;
  struct nic_state *s = decode(address, &reg);
  bool known = writable_register(reg);
  vig_assert(known); /* a register the 82540EM does not have */
  if (!known) {
    return;
  }
  if (reg == REG_IMC) {
    return; /* masks interrupts: any value, any time */
  }
  if (reg == REG_CTRL) {
    vig_assert(!s->resetting); /* CTRL written while the reset is still running */
    vig_assert((value & ~CTRL_DEFINED) == 0); /* reserved bits of CTRL written as 1 */
    s->ctrl = value & ~CTRL_RST;
    if ((value & CTRL_RST) != 0) {
      reset(s);
    }
    return;
  }
  vig_assert(s->ready); /* a register used before the NIC's reset completed */
  if (reg == REG_RCTL) {
    vig_assert((value & ~RCTL_DEFINED) == 0); /* reserved bits of RCTL written as 1 */
    vig_assert((value & (RCTL_BSIZE | RCTL_BSEX)) == 0); /* receive buffers other than the driver's 2048 bytes */
    if ((value & RCTL_EN) != 0) {
      vig_assert(s->rx.base_set && s->rx.length_set && s->rx.head_set); /* receive enabled before its ring is programmed */
    }
    s->rx.on = (value & RCTL_EN) != 0;
  } else if (reg == REG_TCTL) {
    vig_assert((value & ~TCTL_DEFINED) == 0); /* reserved bits of TCTL written as 1 */
    if ((value & TCTL_EN) != 0) {
      vig_assert(s->tx.base_set && s->tx.length_set && s->tx.head_set); /* transmit enabled before its ring is programmed */
    }
    s->tx.on = (value & TCTL_EN) != 0;
  } else if (reg == REG_TIPG) {
    vig_assert((value & ~TIPG_DEFINED) == 0); /* reserved bits of TIPG written as 1 */
  } else if (reg >= REG_RDBAL && reg <= REG_RDT) {
    ring_register(s, &s->rx, reg, reg - REG_RDBAL, value);
  } else if (reg >= REG_TDBAL && reg <= REG_TDT) {
    ring_register(s, &s->tx, reg, reg - REG_TDBAL, value);
  }
  /* the multicast table (REG_MTA...) takes any value */
}

uint32_t mmio_read32(uint32_t address) {
  uint32_t reg = 0;
  struct nic_state *s = decode(address, &reg);
  if (reg == REG_CTRL) {
    if (s->resetting && s->reset_reads++ > 0) {
      s->resetting = false; /* the reset is over: CTRL.RST reads back clear */
      s->ready = true;
    }
    return s->resetting ? s->ctrl | CTRL_RST : s->ctrl;
  }
  if (reg == REG_STATUS) {
    return vig_any_u32();
  }
  vig_assert(s->ready); /* a register used before the NIC's reset completed */
  if (reg == REG_RDH) {
    return s->rx.head;
  }
  if (reg == REG_TDH) {
    return s->tx.head;
  }
  vig_assert(reg == REG_RDT || reg == REG_TDT || reg == REG_RCTL || reg == REG_TCTL); /* a register the 82540EM does not have, or that this model does not read */
  return 0;
}

void nic_model_check_running(void) {
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    vig_assert(nic[d].ready && nic[d].rx.on && nic[d].tx.on); /* a NIC left not running after e1000_init */
  }
}

bool nic_model_receive(uint16_t device) {
  struct nic_state *s = &nic[device];
  uint32_t i = s->rx.head;
  if (!s->rx.on || !s->rx.owned[i]) {
    return false; /* no descriptor to receive into: the frame is lost on the wire */
  }
  struct rx_desc *desc = (struct rx_desc *)dma_bytes(device, s->rx.base + 16 * i);
  uint16_t length = vig_any_u16();
  vig_assume(length <= RX_BUF);
  bool complete = vig_any_bool();
  uint8_t *buffer = dma_bytes(device, (uint32_t)desc->addr);
  for (uint16_t b = 0; b < IO_BUF_BYTES && b < length; b++) {
    buffer[b] = vig_any_u8();
  }
  desc->length = length;
  desc->status = (uint8_t)(DESC_DD | (complete ? DESC_EOP : 0));
  s->rx.owned[i] = false;
  s->rx.head = (i + 1) % s->rx.count;
  if (complete && length <= IO_BUF_BYTES && pending_count[device] < MODEL_FRAMES) {
    struct frame *f = &pending[device][pending_count[device]];
    f->length = length;
    for (uint16_t b = 0; b < IO_BUF_BYTES && b < length; b++) {
      f->bytes[b] = buffer[b];
    }
    pending_count[device]++;
  }
  return true;
}

bool nic_model_all_handed(void) {
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    if (pending_taken[d] != pending_count[d]) {
      return false;
    }
  }
  return true;
}

bool nic_model_is_next_received(const struct io_buf *buf) {
  uint16_t d = buf->device;
  if (d >= NF_DEVICE_COUNT || pending_taken[d] >= pending_count[d]) {
    return false;
  }
  struct frame *f = &pending[d][pending_taken[d]];
  if (f->length != buf->length) {
    return false;
  }
  for (uint16_t b = 0; b < IO_BUF_BYTES && b < f->length; b++) {
    if (f->bytes[b] != buf->data[b]) {
      return false;
    }
  }
  pending_taken[d]++;
  return true;
}

bool nic_model_transmitted(uint16_t device, const struct io_buf *buf) {
  struct nic_state *s = &nic[device];
  if (!s->sent_any || s->sent_length != buf->length) {
    return false;
  }
  for (uint16_t b = 0; b < IO_BUF_BYTES && b < buf->length; b++) {
    if (s->sent[b] != buf->data[b]) {
      return false;
    }
  }
  return true;
}

