/*
 * Live mode of the Linux back end (live.c): AF_PACKET sockets, one per device. Kept apart from
 * the vigor headers, whose packet structs and byte-order helpers clash with the system's network
 * headers, so the interface uses plain C types only.
 */
#ifndef VIGOR_IO_LIVE_H
#define VIGOR_IO_LIVE_H

#include <stdbool.h>
#include <stdint.h>

/* Opens one socket per comma-separated interface name; exactly device_count of them. */
void live_open(const char *ifaces, int device_count);
/* One received frame into data (at most capacity bytes): its length, or -1 when none arrived
 * within a few milliseconds. *device is the index of its interface; *now_ns CLOCK_MONOTONIC. */
int live_recv(uint8_t *data, int capacity, int *device, int64_t *now_ns);
/* Sends length bytes out of the device's interface. */
void live_send(int device, const uint8_t *data, int length);
/* Whether SIGINT or SIGTERM asked to stop. */
bool live_stopped(void);
/* Prints "nf: " and the message to stderr and exits with status (backend.c). */
void io_fail(int status, const char *fmt, const char *arg);

#endif /* VIGOR_IO_LIVE_H */
