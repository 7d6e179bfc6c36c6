/* Counts packets per device, but bumps the counter after giving it back: in libVig the element is
 * the vector's own memory, so that store changes the vector behind its contract. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct Counter {
  uint32_t packets;
};

VIG_VECTOR(counters, struct Counter, 4);
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
  uint32_t seen = c->packets;
  vector_return(counters, device, elem);
  c->packets = seen + 1u; /* EXPECT: USE_AFTER_RETURN */
  return NF_DROP;
}
