/*
 * The receive/send loop: bursts of received buffers go through nf_process one by one, each is
 * sent on the verdict's device (every other device on NF_FLOOD) and reported back to the back
 * end. Written in the NF C subset: the ring is a static array, every inner loop has a constant
 * bound. The outer loop runs as long as traffic does, which is the one unbounded loop a packet
 * processor has; it is the back end that ends it.
 */
#include <vigor/io.h>

/* The rx descriptor ring: back ends fill it, the loop drains it, burst by burst. */
static struct io_buf rx_ring[IO_BURST];

/* Sends one processed buffer where its verdict says. */
static void io_send(const struct io_buf *buf, int verdict) {
  if (verdict == NF_FLOOD) {
    for (uint16_t d = 0; d < NF_DEVICE_COUNT; d++) {
      if (d != buf->device) {
        io_backend_tx(d, buf);
      }
    }
  } else if (verdict >= 0 && verdict < NF_DEVICE_COUNT) {
    io_backend_tx((uint16_t)verdict, buf);
  }
}

uint64_t io_loop(void) {
  uint64_t processed = 0;
  while (!io_backend_done()) {
    uint16_t n = io_backend_rx_burst(rx_ring, IO_BURST);
    for (uint16_t i = 0; i < IO_BURST && i < n; i++) {
      struct io_buf *buf = &rx_ring[i];
      int verdict = nf_process(buf->device, buf->data, buf->length, buf->time);
      io_send(buf, verdict);
      io_backend_processed(buf, verdict);
      processed++;
    }
  }
  return processed;
}
