/*
 * A pool of backends fixed at start-up, for the init-spec tests: nf_init adds each backend's
 * address to an emap and records the backend's device at the index the allocator handed out.
 */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define CAPACITY 8

struct Backend {
  uint16_t device;
};

VIG_EMAP(backend_ips, uint32_t, CAPACITY);
VIG_VECTOR_BOUNDED(backend_devices, struct Backend, CAPACITY, device < NF_DEVICE_COUNT);
NF_EXPORT_STATE(backend_ips, "backend_ips");
NF_EXPORT_STATE(backend_devices, "backend_devices");

static const uint32_t BACKENDS[] = {0x0A000001, 0x0A000002, 0x0A000003};

bool nf_init(void) {
  for (int i = 0; i < 3; i++) {
    int index;
    if (!emap_add(backend_ips, &BACKENDS[i], 0, &index)) {
      return false;
    }
    struct Backend b;
    b.device = (uint16_t)(1 - i % 2);
    vector_set(backend_devices, index, &b);
  }
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)device;
  (void)packet;
  (void)length;
  (void)now;
  return NF_DROP;
}
