/*
 * The Linux back end of nfos/io and the binary's main: runs an NF as an ordinary process, from a
 * capture file to a capture file or live on interfaces (AF_PACKET).
 *
 *   nf --pcap IN [--out OUT] [--check] [--state FILE]
 *                                         IN: pcap or pcapng; OUT: pcapng, one interface per device
 *   nf --iface IF0,IF1,... [--out OUT]    device i = the i-th interface; runs until SIGINT
 *
 * --state FILE loads tables into the NF's libVig objects after nf_init (vigor/state.h): how a
 * counterexample's state before its packet is replayed on the binary.
 *
 * --check writes one binary record per packet to stdout (little-endian) for `vigor run --check`:
 *   u16 device, u16 in_length, i64 time_ns, in_length bytes (the packet as received),
 *   i32 verdict, u16 out_length, out_length bytes (the buffer as nf_process left it).
 * Messages go to stderr. A broken libVig precondition aborts (libVig's violation.c).
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "io_linux.h"
#include <vigor/state.h>

static bool live;
static bool check;
static bool capture_ended;
static uint64_t sent[NF_DEVICE_COUNT];
static uint64_t dropped;
/* Check mode: the packet as received (nf_process rewrites the buffer in place). */
static struct io_buf received;

void io_fail(int status, const char *fmt, const char *arg) {
  fputs("nf: ", stderr);
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(status);
}

uint16_t io_backend_rx_burst(struct io_buf *ring, uint16_t max) {
  if (live) {
    uint16_t got = 0;
    int device;
    int64_t now;
    int length;
    while (got < max && (length = live_recv(ring[got].data, IO_BUF_BYTES, &device, &now)) >= 0) {
      ring[got].device = (uint16_t)device;
      ring[got].length = (uint16_t)length;
      ring[got].time = now;
      got++;
    }
    return got;
  }
  /* check mode: one packet per burst, so the copy below is the packet being processed */
  uint16_t limit = check ? 1 : max;
  uint16_t n = 0;
  while (n < limit && !capture_ended) {
    if (capture_next(&ring[n])) {
      n++;
    } else {
      capture_ended = true;
    }
  }
  if (check && n == 1) {
    memcpy(&received, &ring[0], sizeof received);
  }
  return n;
}

bool io_backend_done(void) {
  return live ? live_stopped() : capture_ended;
}

void io_backend_tx(uint16_t device, const struct io_buf *buf) {
  sent[device]++;
  if (live) {
    live_send(device, buf->data, buf->length);
  }
  capture_write(device, buf);
}

static void put(const void *p, size_t n) {
  if (fwrite(p, 1, n, stdout) != n) {
    exit(IO_EXIT_USAGE);  /* the reader went away (vigor run --check stopped at a disagreement) */
  }
}

void io_backend_processed(const struct io_buf *buf, int verdict) {
  if (verdict == NF_DROP) {
    dropped++;
  }
  if (!check) {
    return;
  }
  int32_t v = verdict;
  put(&received.device, 2);
  put(&received.length, 2);
  put(&received.time, 8);
  put(received.data, received.length);
  put(&v, 4);
  put(&buf->length, 2);
  put(buf->data, buf->length);
}

static void usage(void) {
  io_fail(IO_EXIT_USAGE, "%s",
          "usage: nf --pcap IN [--out OUT] [--check] [--state FILE] |"
          " nf --iface IF0,IF1,... [--out OUT]");
}

int main(int argc, char **argv) {
  const char *in = NULL, *out = NULL, *ifaces = NULL, *state = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--check") == 0) {
      check = true;
    } else if (i + 1 < argc && strcmp(argv[i], "--pcap") == 0) {
      in = argv[++i];
    } else if (i + 1 < argc && strcmp(argv[i], "--out") == 0) {
      out = argv[++i];
    } else if (i + 1 < argc && strcmp(argv[i], "--iface") == 0) {
      ifaces = argv[++i];
    } else if (i + 1 < argc && strcmp(argv[i], "--state") == 0) {
      state = argv[++i];
    } else {
      usage();
    }
  }
  if ((in == NULL) == (ifaces == NULL) || ((check || state != NULL) && ifaces != NULL)) {
    usage();
  }
  live = ifaces != NULL;
  if (live) {
    live_open(ifaces, NF_DEVICE_COUNT);
  }
  capture_open(live ? NULL : in, out);
  if (!nf_init()) {
    io_fail(IO_EXIT_INIT, "%s", "nf_init returned false: the NF refused its configuration");
  }
  if (state != NULL) {
    FILE *f = fopen(state, "r");
    if (f == NULL) {
      io_fail(IO_EXIT_USAGE, "cannot read the state file %s", state);
    }
    char error[512];
    if (!vig_state_load(f, error, sizeof error)) {
      io_fail(IO_EXIT_USAGE, "the state file: %s", error);
    }
    fclose(f);
  }
  uint64_t n = io_loop();
  capture_close();
  fflush(stdout);
  fprintf(stderr, "nf: %llu packets:", (unsigned long long)n);
  for (int d = 0; d < NF_DEVICE_COUNT; d++) {
    fprintf(stderr, " %llu sent on device %d,", (unsigned long long)sent[d], d);
  }
  fprintf(stderr, " %llu dropped\n", (unsigned long long)dropped);
  return 0;
}
