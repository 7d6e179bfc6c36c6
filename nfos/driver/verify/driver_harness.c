/*
 * driver_harness.c: the driver layer's verification. NICs power on; e1000_init brings each up
 * (every register access checked by the NIC model); then one pass of the io back end: the NICs
 * receive up to HARNESS_FRAMES frames on any devices, io_backend_rx_burst hands frames to io, and
 * each is sent back out of the device it came from. The io back end's contract is asserted:
 * io gets complete frames that fit its buffers, each once, in the order its NIC received them,
 * with their device, length and bytes; a frame io sends is the frame the NIC transmits.
 */
#include <vigor/verify.h>

#include "../e1000.h"
#include "nic_model.h"

#define HARNESS_FRAMES 2

void driver_layer_verify(void) {
  nic_model_power_on();
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    nic_model_pci_command(d, 0x6); /* as NFOS's PCI setup leaves it: memory space, bus master */
    e1000_init(d, NIC_MODEL_BAR0(d));
  }
  nic_model_check_running();
  uint16_t frames = vig_any_u16();
  vig_assume(frames <= HARNESS_FRAMES);
  for (uint16_t k = 0; k < HARNESS_FRAMES && k < frames; k++) {
    uint16_t on = vig_any_u16();
    vig_assume(on < NF_DEVICE_COUNT);
    for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
      if (d == on) {
        nic_model_receive(d);
      }
    }
  }
  struct io_buf ring[IO_BURST];
  uint16_t n = io_backend_rx_burst(ring, IO_BURST);
  vig_assert(n <= IO_BURST); /* more frames than io asked for */
  for (uint16_t i = 0; i < IO_BURST && i < n; i++) {
    vig_assert(nic_model_is_next_received(&ring[i])); /* a frame io got that is not the next one its NIC received */
  }
  vig_assert(n == IO_BURST || nic_model_all_handed()); /* a complete frame that fits left behind while io had room */
  for (uint16_t i = 0; i < IO_BURST && i < n; i++) {
    for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
      if (d == ring[i].device) {
        io_backend_tx(d, &ring[i]);
        vig_assert(nic_model_transmitted(d, &ring[i])); /* the NIC sent other bytes than io gave it */
      }
    }
    io_backend_processed(&ring[i], ring[i].device);
  }
}
