/*
 * The Linux back end's internal interface: a capture file in and out (capture.c), live
 * interfaces through AF_PACKET (live.c, live.h), and the per-packet records of the check mode
 * (backend.c). Trusted OS glue, ordinary libc: not part of what the engine verifies.
 */
#ifndef VIGOR_IO_LINUX_H
#define VIGOR_IO_LINUX_H

#include <stdio.h>
#include <vigor/io.h>

#include "live.h"

/* Exit statuses of the binary: bad arguments or input (3), nf_init returned false (4). */
#define IO_EXIT_USAGE 3
#define IO_EXIT_INIT 4

/* Opens the input capture (classic pcap or pcapng; none when in is NULL) and, when out is not
 * NULL, the output pcapng with one interface per device. */
void capture_open(const char *in, const char *out);
/* The next packet of the capture into buf; false at its end. */
bool capture_next(struct io_buf *buf);
/* Appends buf as sent on device, stamped with its arrival time. */
void capture_write(uint16_t device, const struct io_buf *buf);
/* Flushes and closes both files; prints what was skipped, if anything. */
void capture_close(void);

#endif /* VIGOR_IO_LINUX_H */
