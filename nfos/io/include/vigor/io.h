/*
 * vigor/io.h: the packet I/O framework under an NF. A receive ring of packet buffers, the loop
 * that hands each received packet to nf_process and sends it where the verdict says, and the
 * small interface every back end (a NIC driver, the Linux one) implements.
 *
 * The interface is resolved at link time (the NF C subset has no function pointers): a binary
 * links io_loop.c with exactly one back end, which defines the four io_backend_* functions.
 *
 * Compile with -DNF_DEVICE_COUNT=N (the NF's device count): flooding sends on every device but
 * the input one.
 */
#ifndef VIGOR_IO_H
#define VIGOR_IO_H

#include <vigor/nf.h>

/* Receive buffers handed to nf_process per burst (the rx descriptor ring's size). */
#ifndef IO_BURST
#define IO_BURST 32 /* a verification build sets a small one (small-scope: the code depends on it only as a bound) */
#endif

/* Bytes one buffer holds: a jumbo frame. Back ends drop longer packets before the NF sees them. */
#ifndef IO_BUF_BYTES
#define IO_BUF_BYTES 9216 /* a verification build sets a small one, as IO_BURST */
#endif

/* One packet buffer of the rx ring: where it came in, when, and its bytes. */
struct io_buf {
  uint16_t device;
  uint16_t length;
  vigor_time_t time;
  uint8_t data[IO_BUF_BYTES];
};

/*
 * Fills up to max buffers of ring with received packets, oldest first; returns how many. Times
 * never decrease across calls. 0 means nothing yet (live) or nothing left (see io_backend_done).
 */
uint16_t io_backend_rx_burst(struct io_buf *ring, uint16_t max);

/* Whether no packet will ever arrive again (the end of a capture, a stop request). */
bool io_backend_done(void);

/* Sends the buffer's current bytes (as nf_process left them) on device. */
void io_backend_tx(uint16_t device, const struct io_buf *buf);

/* Called once per packet after its sends: the verdict nf_process gave (device, NF_DROP,
 * NF_FLOOD). Back ends that record verdicts (the check mode) do it here. */
void io_backend_processed(const struct io_buf *buf, int verdict);

/*
 * Receives and processes packets until io_backend_done(); returns how many were processed.
 * nf_init must have run. A verdict that is no device, NF_DROP or NF_FLOOD drops the packet
 * (the back end still sees the verdict).
 */
uint64_t io_loop(void);

#endif /* VIGOR_IO_H */
