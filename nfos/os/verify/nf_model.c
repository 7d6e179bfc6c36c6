/*
 * nf_model.c: the NF as NFOS sees it: nf_init succeeds or not; while it runs, frames may arrive
 * on any NIC; nf_process returns any verdict. What the NF's own verification assumes is asserted:
 * nf_init runs once, after every NIC is up, and before any packet; each packet is on one of the
 * NF's devices, fits a buffer and has a time that is not negative.
 */
#include <vigor/io.h>
#include <vigor/verify.h>

#include "../../driver/verify/nic_model.h"
#include "machine_model.h"

#define FRAMES 1 /* the driver layer covers bursts; here one frame goes through the whole stack */

static bool initialised; /* nf_init was called */
static bool ready;       /* and returned true */

bool nf_init(void) {
  vig_assert(!initialised); /* nf_init run twice */
  nic_model_check_running();
  initialised = true;
  uint16_t frames = vig_any_u16();
  vig_assume(frames <= FRAMES);
  for (uint16_t k = 0; k < FRAMES && k < frames; k++) {
    uint16_t on = vig_any_u16();
    vig_assume(on < NF_DEVICE_COUNT);
    for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
      if (d == on) {
        nic_model_receive(d);
      }
    }
  }
  bool ok = vig_any_bool();
  if (!ok) {
    machine_model_halt_expected();
  }
  ready = ok;
  return ok;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  vig_assert(ready); /* a packet before nf_init, or although nf_init failed */
  vig_assert(device < NF_DEVICE_COUNT); /* a packet on a device the NF does not have */
  vig_assert(length <= IO_BUF_BYTES); /* a packet longer than its buffer */
  vig_assert(0 <= now); /* a negative time */
  /* one verdict of each kind, as constants (the io layer covers every int): each device, drop,
   * flood, and one that is none of them */
  int kind = vig_any_int();
  for (int d = 0; d < NF_DEVICE_COUNT; d++) {
    if (kind == d) {
      return d;
    }
  }
  if (kind == NF_DROP || kind == NF_FLOOD) {
    return kind == NF_DROP ? NF_DROP : NF_FLOOD;
  }
  return NF_DEVICE_COUNT;
}
