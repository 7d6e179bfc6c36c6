/*
 * policer: a per-destination token-bucket policer between a LAN (device 1) and a WAN (device 0).
 *
 * Traffic from the LAN goes to the WAN unpoliced. Traffic from the WAN to a LAN host (an IPv4
 * destination address) is policed by that host's bucket: it fills at RATE bytes per second up to
 * BURST bytes, and a packet passes only when the bucket holds more bytes than the packet, which
 * it then spends. A host with no bucket gets a full one (minus its first packet) while the table
 * has room; when it is full, packets to new hosts are dropped. A bucket not used for EXP_TIME
 * (the time it takes to refill from empty) expires. Packets that are not IPv4, or whose IPv4
 * header is malformed, are dropped. Packets are never modified.
 */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define WAN_DEVICE 0
#define LAN_DEVICE 1

/* The paper's configuration: 3 Gbit/s (375,000,000 bytes/s) with a 10 s burst. */
#define RATE 375000000LL
#define BURST 3750000000LL
/* A bucket idle this long has refilled completely, so forgetting it changes nothing. */
#define EXP_TIME (10 * VIGOR_NS_PER_SEC)
#define CAPACITY 65536

/* A policed host: the IPv4 destination address of WAN->LAN traffic, host byte order. */
struct DstIp {
  uint32_t addr;
};

/* A host's bucket: bytes it may still receive, and when that was computed (ns). */
struct Bucket {
  int64_t size;
  int64_t time;
};

VIG_EMAP(dsts, struct DstIp, CAPACITY);
/* Between packets a bucket never holds more than BURST and was stamped at some past time: the
 * refill below relies on both (no overflow, no negative elapsed time). */
VIG_VECTOR_BOUNDED(buckets, struct Bucket, CAPACITY,
                   0 <= size && size <= BURST && 0 <= time && time <= now);
NF_EXPORT_STATE(dsts, "dsts");
NF_EXPORT_STATE(buckets, "buckets");

bool nf_init(void) {
  return true;
}

/* Refills a known host's bucket up to now and spends length bytes from it if it can. */
static bool spend(struct Bucket *bucket, uint16_t length, vigor_time_t now) {
  vigor_time_t elapsed = now - bucket->time;
  if (elapsed < EXP_TIME) {
    bucket->size += elapsed * RATE / VIGOR_NS_PER_SEC;
    if (bucket->size > BURST) {
      bucket->size = BURST;
    }
  } else {
    bucket->size = BURST;
  }
  bucket->time = now;
  if (length < bucket->size) {
    bucket->size -= length;
    return true;
  }
  return false;
}

/* A WAN packet to host dst: whether its bucket lets it through. */
static bool police(uint32_t dst, uint16_t length, vigor_time_t now) {
  struct DstIp key;
  key.addr = dst;
  struct Bucket bucket;
  int index;
  if (emap_get(dsts, &key, &index)) {
    emap_refresh(dsts, index, now);
    vector_get(buckets, index, &bucket);
    bool pass = spend(&bucket, length, now);
    vector_set(buckets, index, &bucket);
    return pass;
  }
  if (!emap_add(dsts, &key, now, &index)) {
    return false;
  }
  bucket.size = BURST - length;
  bucket.time = now;
  vector_set(buckets, index, &bucket);
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct ipv4_hdr *ip = nf_ipv4_header(packet, length);
  if (ip == NULL) {
    return NF_DROP;
  }
  emap_expire(dsts, now - EXP_TIME);
  if (device == LAN_DEVICE) {
    return WAN_DEVICE;
  }
  if (police(ntohl(ip->dst_addr), length, now)) {
    return LAN_DEVICE;
  }
  return NF_DROP;
}
