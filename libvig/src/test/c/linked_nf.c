/*
 * linked_nf.c: a tiny NF linked against the C libVig the way a real one is (see libvig/README.md),
 * with a main that plays a few packets. Run with an argument to break a precondition on purpose:
 * "borrow-twice" or "erase-absent" must abort with a message naming the function and the object.
 */
#define NF_DEVICE_COUNT 2
#include <vigor/libvig.h>
#include <vigor/nf.h>

#include <stdio.h>
#include <string.h>

struct flow_id {
  uint32_t src;
  uint32_t dst;
};
struct flow_port {
  uint16_t device;
};

VIG_EMAP(flows, struct flow_id, 4);
VIG_VECTOR_BOUNDED(flow_ports, struct flow_port, 4, device < NF_DEVICE_COUNT);
VIG_DCHAIN(slots, 4);
VIG_MAP(counts, uint32_t, uint32_t, 4);
VIG_CHT(ring, 3, 7);
VIG_EMAP(ring_backends, uint32_t, 3);
VIG_LPM(routes, 4);
NF_EXPORT_STATE(flows, "flows");

bool nf_init(void) {
  cht_fill(ring);
  return lpm_update(routes, 0x0a000000u, 8, 1) && lpm_update(routes, 0x0a010000u, 16, 0);
}

/* Remembers each (src, dst) flow and the device it came from; sends it out the other device. */
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct flow_id id;
  int index;
  if (length < sizeof id) {
    return NF_DROP;
  }
  memcpy(&id, packet, sizeof id);
  emap_expire(flows, now - 10);
  if (!emap_get(flows, &id, &index)) {
    if (!emap_add(flows, &id, now, &index)) {
      return NF_DROP;
    }
    struct flow_port port = {device};
    vector_set(flow_ports, index, &port);
  }
  emap_refresh(flows, index, now);
  return 1 - device;
}

static int failures;

static void expect(bool ok, const char *what) {
  if (!ok) {
    printf("FAILED: %s\n", what);
    failures++;
  }
}

int main(int argc, char **argv) {
  expect(nf_init(), "nf_init");
  uint8_t packet[8] = {1, 0, 0, 0, 2, 0, 0, 0};
  expect(nf_process(0, packet, sizeof packet, 100) == 1, "first packet goes out device 1");
  int index = -1;
  struct flow_id id = {1, 2};
  expect(emap_get(flows, &id, &index) && index == 0, "the flow took index 0");
  for (uint8_t i = 2; i < 6; i++) {
    packet[0] = i;
    nf_process(1, packet, sizeof packet, 100 + i);
  }
  expect(emap_full(flows), "four flows fill the emap");
  packet[0] = 9;
  expect(nf_process(0, packet, sizeof packet, 106) == NF_DROP, "a fifth flow is dropped");
  expect(emap_expire(flows, 104) == 3, "three flows older than 104 expire");
  void *elem;
  vector_borrow(flow_ports, 3, &elem);
  expect(((struct flow_port *)elem)->device == 1, "flow 3 came from device 1");
  vector_return(flow_ports, 3, elem);
  int slot;
  expect(dchain_allocate(slots, 5, &slot) && slot == 0, "dchain gives index 0 first");
  uint32_t k = 7, v = 70, got = 0;
  map_put(counts, &k, &v);
  expect(map_get(counts, &k, &got) && got == 70 && !map_full(counts), "map keeps a value");
  uint32_t b = 2;
  expect(emap_add(ring_backends, &(uint32_t){0}, 1, &slot) &&
             emap_add(ring_backends, &(uint32_t){1}, 1, &slot) &&
             emap_add(ring_backends, &b, 1, &slot),
         "three backends");
  int backend = -1;
  expect(cht_find_preferred(ring, 12345, ring_backends, &backend) && backend >= 0 && backend < 3,
         "cht picks a backend");
  uint16_t port = 9;
  expect(lpm_lookup(routes, 0x0a010203u, &port) && port == 0, "the /16 wins over the /8");
  expect(vig_hash("", 0) == 0x811c9dc5u, "FNV-1a of nothing is its offset basis");

  if (argc > 1 && strcmp(argv[1], "borrow-twice") == 0) {
    vector_borrow(flow_ports, 3, &elem);
    vector_borrow(flow_ports, 3, &elem);
  }
  if (argc > 1 && strcmp(argv[1], "erase-absent") == 0) {
    struct flow_id absent = {42, 42};
    emap_erase(flows, &absent);
  }
  if (failures != 0) {
    printf("%d failures\n", failures);
    return 1;
  }
  printf("all good\n");
  return 0;
}
