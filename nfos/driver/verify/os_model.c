/*
 * os_model.c: NFOS as the driver sees it when the driver is verified alone: a clock that never
 * goes back, a packet log, and a machine that never asks the loop to stop.
 */
#include <vigor/verify.h>

#include "../../os/nfos.h"
#include "nic_model.h"

static vigor_time_t clock;

int64_t nfos_now(void) {
  vigor_time_t t = vig_any_i64();
  vig_assume(clock <= t);
  clock = t;
  return t;
}

void packet_log(uint16_t device, int verdict) {
  vig_assert(device < NF_DEVICE_COUNT); /* a packet logged for a device the NF does not have */
}

bool nfos_stop_requested(void) {
  return false;
}
