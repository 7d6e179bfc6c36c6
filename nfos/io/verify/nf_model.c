/*
 * nf_model.c: the NF as the io layer sees it: nf_process returns any int. What the NF's own
 * verification assumes of its input (a real device, `length` bytes it may read and write at
 * `packet`, a time that is never negative nor goes back) is asserted by the back end's model
 * when the call is made: the packet must be a received buffer's bytes, which hold IO_BUF_BYTES.
 */
#include <vigor/verify.h>

#include "io_model.h"

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  io_model_nf_called(device, packet, length, now);
  int verdict = vig_any_int();
  io_model_nf_returned(verdict);
  return verdict;
}
