/*
 * Live mode of the Linux back end: device i is the i-th interface of --iface, each an AF_PACKET
 * raw socket (needs CAP_NET_RAW). Time is CLOCK_MONOTONIC in ns. Frames the kernel reports as
 * our own outgoing ones are skipped, so the NF never sees what it sent.
 */
#define _GNU_SOURCE
#include "live.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define LIVE_MAX_DEVICES 64
#define LIVE_EXIT_USAGE 3

static int sockets[LIVE_MAX_DEVICES];
static int count;
/* Where the next receive starts looking, so no interface starves the others. */
static int next_device;
static volatile sig_atomic_t stop_requested;

static void on_signal(int sig) {
  (void)sig;
  stop_requested = 1;
}

bool live_stopped(void) {
  return stop_requested != 0;
}

void live_open(const char *ifaces, int device_count) {
  char list[1024];
  if (strlen(ifaces) >= sizeof list) {
    io_fail(LIVE_EXIT_USAGE, "--iface %s: too long", ifaces);
  }
  strcpy(list, ifaces);
  char *save = NULL;
  for (char *name = strtok_r(list, ",", &save); name != NULL; name = strtok_r(NULL, ",", &save)) {
    if (count == device_count || count == LIVE_MAX_DEVICES) {
      io_fail(LIVE_EXIT_USAGE, "--iface %s: more interfaces than the NF has devices", ifaces);
    }
    unsigned index = if_nametoindex(name);
    if (index == 0) {
      io_fail(LIVE_EXIT_USAGE, "no network interface named %s", name);
    }
    int s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
    if (s < 0) {
      io_fail(LIVE_EXIT_USAGE, "cannot open an AF_PACKET socket (%s; live mode needs CAP_NET_RAW)",
              strerror(errno));
    }
    struct sockaddr_ll addr;
    memset(&addr, 0, sizeof addr);
    addr.sll_family = AF_PACKET;
    addr.sll_protocol = htons(ETH_P_ALL);
    addr.sll_ifindex = (int)index;
    if (bind(s, (struct sockaddr *)&addr, sizeof addr) != 0) {
      io_fail(LIVE_EXIT_USAGE, "cannot bind to interface %s", name);
    }
    sockets[count++] = s;
  }
  if (count != device_count) {
    io_fail(LIVE_EXIT_USAGE, "--iface %s: name one interface per device of the NF", ifaces);
  }
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
}

static int64_t monotonic_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* One non-blocking receive on device d: the frame's length, or -1. */
static int try_recv(int d, uint8_t *data, int capacity) {
  for (;;) {
    struct sockaddr_ll from;
    socklen_t from_len = sizeof from;
    ssize_t got = recvfrom(sockets[d], data, (size_t)capacity, MSG_DONTWAIT | MSG_TRUNC,
                           (struct sockaddr *)&from, &from_len);
    if (got < 0) {
      return -1;
    }
    if (from.sll_pkttype != PACKET_OUTGOING && got <= capacity) {
      return (int)got;
    }
  }
}

int live_recv(uint8_t *data, int capacity, int *device, int64_t *now_ns) {
  for (int round = 0; round < 2; round++) {
    for (int k = 0; k < count; k++) {
      int d = (next_device + k) % count;
      int n = try_recv(d, data, capacity);
      if (n >= 0) {
        next_device = (d + 1) % count;
        *device = d;
        *now_ns = monotonic_ns();
        return n;
      }
    }
    if (round == 0) {  /* nothing pending: wait a little for any socket */
      struct pollfd fds[LIVE_MAX_DEVICES];
      for (int d = 0; d < count; d++) {
        fds[d].fd = sockets[d];
        fds[d].events = POLLIN;
        fds[d].revents = 0;
      }
      if (poll(fds, (nfds_t)count, 10) <= 0) {
        return -1;
      }
    }
  }
  return -1;
}

void live_send(int device, const uint8_t *data, int length) {
  if (send(sockets[device], data, (size_t)length, 0) < 0) {
    static int warned;
    if (!warned) {
      fprintf(stderr, "nf: sending on device %d failed: %s\n", device, strerror(errno));
      warned = 1;
    }
  }
}
