/*
 * backend_model.c: the back end under the io layer (the NIC driver, or Linux), as a model. One
 * burst of any number of packets up to what the loop asks for, each on any device the NF drives,
 * of any length a buffer holds, stamped with non-decreasing times; then "done", so that one pass
 * of the loop is verified (every pass is alike: the loop keeps no state across bursts but its
 * count). Its asserts are the io layer's contract:
 *   - nf_process gets the received buffers, each once, in order, with their own device, bytes,
 *     length and time (what the NF's verification assumes of its input);
 *   - a packet is sent where its verdict says: on that device, or on every device but the one it
 *     came in on for NF_FLOOD, or nowhere for NF_DROP and any other value; each at most once, after
 *     nf_process returned, with the bytes as the NF left them;
 *   - the back end hears each verdict once, after the packet's sends.
 */
#include <vigor/verify.h>

#include "io_model.h"

static struct io_buf *given;   /* the ring the last burst filled */
static uint16_t received;      /* buffers in it */
static uint16_t called;        /* buffers nf_process has been called with */
static uint16_t finished;      /* buffers reported processed */
static int verdict;            /* nf_process's verdict for buffer called - 1 */
static bool returned;          /* whether nf_process has returned for it */
static bool sent[NF_DEVICE_COUNT]; /* devices the current buffer was sent on */
static uint16_t bursts;
static vigor_time_t last_time;

bool io_backend_done(void) {
  return bursts > 0;
}

uint16_t io_backend_rx_burst(struct io_buf *ring, uint16_t max) {
  vig_assert(finished == received); /* a buffer of the last burst left unprocessed */
  bursts++;
  uint16_t n = vig_any_u16();
  vig_assume(n <= max);
  for (uint16_t i = 0; i < max && i < n; i++) {
    /* the ring holds max buffers: writing each checks it */
    uint16_t device = vig_any_u16();
    vig_assume(device < NF_DEVICE_COUNT);
    uint16_t length = vig_any_u16();
    vig_assume(length <= IO_BUF_BYTES);
    vigor_time_t time = vig_any_i64();
    vig_assume(last_time <= time);
    last_time = time;
    ring[i].device = device;
    ring[i].length = length;
    ring[i].time = time;
  }
  given = ring;
  received = n;
  called = 0;
  finished = 0;
  return n;
}

void io_model_nf_called(uint16_t device, const uint8_t *packet, uint16_t length, vigor_time_t now) {
  vig_assert(called == finished); /* nf_process called before the previous packet was finished */
  vig_assert(called < received); /* nf_process given a buffer nothing was received in */
  struct io_buf *buf = &given[called];
  vig_assert(packet == buf->data); /* nf_process given another buffer than the next received one */
  vig_assert(device == buf->device); /* nf_process told another device than the packet's */
  vig_assert(length == buf->length); /* nf_process told another length than the packet's */
  vig_assert(now == buf->time); /* nf_process told another time than the packet's */
  vig_assert(device < NF_DEVICE_COUNT); /* a packet on a device the NF does not have */
  vig_assert(length <= IO_BUF_BYTES); /* a packet longer than its buffer */
  vig_assert(0 <= now); /* a negative time */
  called++;
  returned = false;
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    sent[d] = false;
  }
}

void io_model_nf_returned(int v) {
  verdict = v;
  returned = true;
}

void io_backend_tx(uint16_t device, const struct io_buf *buf) {
  vig_assert(returned); /* a packet sent before the NF decided where */
  vig_assert(called > 0 && buf == &given[called - 1]); /* a send of another buffer than the packet being processed */
  vig_assert(device < NF_DEVICE_COUNT); /* a send on a device the NF does not have */
  vig_assert(!sent[device]); /* a packet sent twice on one device */
  sent[device] = true;
}

void io_backend_processed(const struct io_buf *buf, int v) {
  vig_assert(returned); /* a verdict reported before nf_process returned */
  vig_assert(called == finished + 1 && buf == &given[finished]); /* a verdict reported for another buffer */
  vig_assert(v == verdict); /* another verdict reported than nf_process's */
  uint16_t input = buf->device;
  for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
    if (verdict == NF_FLOOD) {
      vig_assert(sent[d] == (d != input)); /* a flood not sent on exactly every device but its input */
    } else {
      vig_assert(sent[d] == (verdict == (int)d)); /* a packet not sent exactly where its verdict says */
    }
  }
  finished++;
}

/* The harness: one pass of the loop, then every buffer received was processed and counted. */
void io_layer_verify(void) {
  uint64_t processed = io_loop();
  vig_assert(finished == received); /* a received buffer never processed */
  vig_assert(processed == received); /* io_loop's count is not the packets it processed */
}
