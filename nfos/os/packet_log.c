/*
 * packet_log.c: one line per processed packet on COM2 (0x2F8), when the machine has a COM2.
 * Whoever feeds the NICs learns from it that a packet was taken and what the NF decided, drops
 * included, which no frame on a wire can tell: it can send the next packet only then, so packets
 * on different NICs reach the NF in the order they were sent. Without COM2 nothing is written.
 */
#include "hw.h"
#include "nfos.h"

#define COM2 0x2F8
#define SCRATCH 7 /* the UART's scratch register: a missing UART reads back 0xFF */

static bool present;

void packet_log_init(void) {
  hw_outb(COM2 + SCRATCH, 0x5A);
  if (hw_inb(COM2 + SCRATCH) != 0x5A) {
    return;
  }
  uart_init(COM2);
  present = true;
}

static void log_put(char c) {
  uart_put(COM2, c);
}

static void put_decimal(int v) {
  char digits[12];
  int n = 0;
  unsigned int u = v < 0 ? 0u - (unsigned int)v : (unsigned int)v;
  if (v < 0) {
    log_put('-');
  }
  for (int k = 0; k < 12; k++) { /* an int has at most 10 digits */
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
    if (u == 0) {
      break;
    }
  }
  for (int k = 12; k > 0; k--) {
    if (k <= n) {
      log_put(digits[k - 1]);
    }
  }
}

void packet_log(uint16_t device, int verdict) {
  if (!present) {
    return;
  }
  put_decimal(device);
  log_put(' ');
  put_decimal(verdict);
  log_put('\n');
}
