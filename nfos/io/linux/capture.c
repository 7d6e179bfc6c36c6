/*
 * Capture files for the Linux back end. Input: classic pcap (microsecond or nanosecond, either
 * byte order; every packet arrives on device 0) or pcapng (a packet arrives on the device whose
 * number is its interface id). Output: one pcapng with one interface per device, "dev0",
 * "dev1", ..., nanosecond timestamps; a packet sent on device d is a packet of interface d,
 * stamped with its arrival time. Time is the capture's, in ns since the epoch.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "io_linux.h"

static FILE *in_file;
static FILE *out_file;
static const char *in_name;
static bool pcapng;
static bool swapped;
/* Classic pcap: ns per timestamp fraction unit (1000 for microseconds, 1 for nanoseconds). */
static uint64_t frac_ns;
/* pcapng: per interface, ns per timestamp unit (a power of ten) or 0 when unsupported. */
#define MAX_IFACES 256
static uint64_t iface_unit_ns[MAX_IFACES];
static int iface_count;
static vigor_time_t last_time;
static uint64_t too_long, reordered, other_blocks;

static uint32_t u32(const uint8_t *p) {
  uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
  return swapped ? __builtin_bswap32(v) : v;
}

static uint16_t u16(const uint8_t *p) {
  uint16_t v = (uint16_t)(p[0] | p[1] << 8);
  return swapped ? __builtin_bswap16(v) : v;
}

static void read_exact(void *dst, size_t n) {
  if (fread(dst, 1, n, in_file) != n) {
    io_fail(IO_EXIT_USAGE, "%s: the capture ends inside a record (truncated file)", in_name);
  }
}

static void put32(uint32_t v) {
  fwrite(&v, 4, 1, out_file);
}

static void put16(uint16_t v) {
  fwrite(&v, 2, 1, out_file);
}

/* Section header, then one interface per device with if_name and if_tsresol = 9 (ns). */
static void write_header(void) {
  put32(0x0A0D0D0A); put32(28); put32(0x1A2B3C4D); put16(1); put16(0);
  put32(0xFFFFFFFF); put32(0xFFFFFFFF); put32(28);
  for (int d = 0; d < NF_DEVICE_COUNT; d++) {
    char name[16];
    int len = snprintf(name, sizeof name, "dev%d", d);
    uint32_t padded = (uint32_t)((len + 3) & ~3);
    uint32_t total = 16 + 4 + padded + 8 + 4 + 4;  /* head, if_name, if_tsresol, end, length */
    put32(1); put32(total); put16(1); put16(0); put32(65535);
    put16(2); put16((uint16_t)len); fwrite(name, 1, padded, out_file);  /* if_name */
    put16(9); put16(1); uint8_t res[4] = {9, 0, 0, 0}; fwrite(res, 1, 4, out_file);  /* if_tsresol */
    put32(0);  /* opt_endofopt */
    put32(total);
  }
}

void capture_open(const char *in, const char *out) {
  if (out != NULL) {
    out_file = fopen(out, "wb");
    if (out_file == NULL) {
      io_fail(IO_EXIT_USAGE, "cannot write the output capture %s", out);
    }
    write_header();
  }
  if (in == NULL) {  /* live mode: output only */
    return;
  }
  in_name = in;
  in_file = fopen(in, "rb");
  if (in_file == NULL) {
    io_fail(IO_EXIT_USAGE, "cannot read the capture %s", in);
  }
  uint8_t head[24];
  if (fread(head, 1, 4, in_file) != 4) {
    io_fail(IO_EXIT_USAGE, "%s is not a pcap or pcapng file (too short)", in);
  }
  uint32_t magic = (uint32_t)head[0] | (uint32_t)head[1] << 8 | (uint32_t)head[2] << 16 |
                   (uint32_t)head[3] << 24;
  if (magic == 0x0A0D0D0A) {
    pcapng = true;
    rewind(in_file);
  } else {
    pcapng = false;
    if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
      swapped = false;
    } else if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
      swapped = true;
    } else {
      io_fail(IO_EXIT_USAGE, "%s is not a pcap or pcapng file (unknown magic number)", in);
    }
    frac_ns = (magic == 0xa1b23c4d || magic == 0x4d3cb2a1) ? 1 : 1000;
    read_exact(head + 4, 20);
    if (u32(head + 20) != 1) {
      io_fail(IO_EXIT_USAGE, "%s: link type is not Ethernet (1)", in);
    }
  }
}

/* Keeps time non-decreasing, as nf_process requires: an earlier stamp is read as the last one. */
static vigor_time_t monotonic(vigor_time_t t) {
  if (t < last_time) {
    reordered++;
    return last_time;
  }
  last_time = t;
  return t;
}

/* Copies a packet of caplen bytes (at p) into buf; false when it does not fit a buffer. */
static bool fill(struct io_buf *buf, const uint8_t *p, uint32_t caplen) {
  if (caplen > IO_BUF_BYTES) {
    too_long++;
    return false;
  }
  memcpy(buf->data, p, caplen);
  buf->length = (uint16_t)caplen;
  return true;
}

static bool classic_next(struct io_buf *buf) {
  static uint8_t data[262144];
  for (;;) {
    uint8_t rec[16];
    size_t got = fread(rec, 1, 16, in_file);
    if (got == 0) {
      return false;
    }
    if (got != 16) {
      io_fail(IO_EXIT_USAGE, "%s: the capture ends inside a record (truncated file)", in_name);
    }
    uint32_t caplen = u32(rec + 8);
    if (caplen > sizeof data) {
      io_fail(IO_EXIT_USAGE, "%s: a record claims more than 256 KiB (corrupt file)", in_name);
    }
    read_exact(data, caplen);
    buf->device = 0;
    buf->time = monotonic((vigor_time_t)u32(rec) * VIGOR_NS_PER_SEC + (vigor_time_t)(u32(rec + 4) * frac_ns));
    if (fill(buf, data, caplen)) {
      return true;
    }
  }
}

/* Reads an interface's if_tsresol: ns per unit, 0 when it is not a power of ten down to ns. */
static uint64_t tsresol(const uint8_t *opts, uint32_t len) {
  uint32_t at = 0;
  while (at + 4 <= len) {
    uint16_t code = u16(opts + at), olen = u16(opts + at + 2);
    if (code == 0) {
      break;
    }
    if (code == 9 && olen >= 1 && at + 4 < len) {
      uint8_t r = opts[at + 4];
      if (r & 0x80 || r > 9) {
        return 0;
      }
      uint64_t unit = 1;
      for (int i = r; i < 9; i++) {
        unit *= 10;
      }
      return unit;
    }
    at += 4 + ((olen + 3u) & ~3u);
  }
  return 1000;  /* the default: microseconds */
}

static bool pcapng_next(struct io_buf *buf) {
  static uint8_t body[262144];
  for (;;) {
    uint8_t head[8];
    size_t got = fread(head, 1, 8, in_file);
    if (got == 0) {
      return false;
    }
    if (got != 8) {
      io_fail(IO_EXIT_USAGE, "%s: the capture ends inside a block (truncated file)", in_name);
    }
    uint32_t type_raw = (uint32_t)head[0] | (uint32_t)head[1] << 8 | (uint32_t)head[2] << 16 |
                        (uint32_t)head[3] << 24;
    if (type_raw == 0x0A0D0D0A) {  /* a section header: its byte order and fresh interfaces */
      uint8_t bom[4];
      read_exact(bom, 4);
      swapped = !(bom[0] == 0x4D && bom[1] == 0x3C);
      iface_count = 0;
      uint32_t total = u32(head + 4);
      if (total < 16 || total - 12 > sizeof body) {
        io_fail(IO_EXIT_USAGE, "%s: a section header has a bad length", in_name);
      }
      read_exact(body, total - 12);
      continue;
    }
    uint32_t type = u32(head), total = u32(head + 4);
    if (total < 12 || total % 4 != 0 || total - 8 > sizeof body) {
      io_fail(IO_EXIT_USAGE, "%s: a block has a bad length (corrupt file)", in_name);
    }
    read_exact(body, total - 8);
    uint32_t len = total - 12;  /* the body without the trailing length */
    if (type == 1) {  /* interface description */
      if (len < 8 || u16(body) != 1) {
        io_fail(IO_EXIT_USAGE, "%s: an interface's link type is not Ethernet (1)", in_name);
      }
      if (iface_count < MAX_IFACES) {
        iface_unit_ns[iface_count] = tsresol(body + 8, len - 8);
      }
      iface_count++;
    } else if (type == 6) {  /* enhanced packet */
      if (len < 20) {
        io_fail(IO_EXIT_USAGE, "%s: a packet block is too short", in_name);
      }
      uint32_t iface = u32(body), caplen = u32(body + 12);
      if ((int)iface >= iface_count) {
        io_fail(IO_EXIT_USAGE, "%s: a packet names an interface the section never described",
                in_name);
      }
      if (iface >= NF_DEVICE_COUNT) {
        io_fail(IO_EXIT_USAGE,
                "%s: a packet arrives on an interface the NF has no device for (pcapng interface "
                "i is device i)", in_name);
      }
      if (caplen > len - 20) {
        io_fail(IO_EXIT_USAGE, "%s: a packet runs past its block", in_name);
      }
      uint64_t unit = iface < MAX_IFACES ? iface_unit_ns[iface] : 0;
      if (unit == 0) {
        io_fail(IO_EXIT_USAGE, "%s: an interface's timestamp resolution is not a power of ten",
                in_name);
      }
      uint64_t ts = (uint64_t)u32(body + 4) << 32 | u32(body + 8);
      buf->device = (uint16_t)iface;
      buf->time = monotonic((vigor_time_t)(ts * unit));
      if (fill(buf, body + 20, caplen)) {
        return true;
      }
    } else {
      other_blocks++;
    }
  }
}

bool capture_next(struct io_buf *buf) {
  return pcapng ? pcapng_next(buf) : classic_next(buf);
}

void capture_write(uint16_t device, const struct io_buf *buf) {
  if (out_file == NULL) {
    return;
  }
  uint32_t padded = (buf->length + 3u) & ~3u;
  uint32_t total = 32 + padded;
  uint64_t ts = (uint64_t)buf->time;
  put32(6); put32(total); put32(device); put32((uint32_t)(ts >> 32)); put32((uint32_t)ts);
  put32(buf->length); put32(buf->length);
  fwrite(buf->data, 1, buf->length, out_file);
  static const uint8_t zeros[4];
  fwrite(zeros, 1, padded - buf->length, out_file);
  put32(total);
}

void capture_close(void) {
  if (out_file != NULL && fclose(out_file) != 0) {
    io_fail(IO_EXIT_USAGE, "cannot finish writing the output capture (%s)", strerror(errno));
  }
  if (in_file != NULL) {
    fclose(in_file);
  }
  if (too_long > 0) {
    fprintf(stderr, "nf: skipped %llu packets longer than %d bytes\n",
            (unsigned long long)too_long, IO_BUF_BYTES);
  }
  if (reordered > 0) {
    fprintf(stderr, "nf: %llu packets were stamped earlier than the one before; they ran at "
            "that one's time\n", (unsigned long long)reordered);
  }
}
