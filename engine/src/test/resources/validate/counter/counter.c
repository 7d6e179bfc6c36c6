/* Counts each device's packets (up to 1000) in a borrowed vector element, then forwards the packet
 * to the other device, unchanged. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

#define MAX_COUNT 1000u

struct Counter {
  uint32_t packets;
};

VIG_VECTOR_BOUNDED(counters, struct Counter, 2, packets <= MAX_COUNT);
NF_EXPORT_STATE(counters, "counters");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet;
  (void)length;
  (void)now;
  void *elem;
  vector_borrow(counters, device, &elem);
  struct Counter *c = (struct Counter *)elem;
  if (c->packets < MAX_COUNT) {
    c->packets = c->packets + 1u;
  }
  vector_return(counters, device, elem);
  return 1 - device;
}
