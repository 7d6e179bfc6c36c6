/* Gives the same element back twice. */
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
  vector_return(counters, device, elem);
  vector_return(counters, device, elem); /* EXPECT: LIBVIG_PRECONDITION */
  return NF_DROP;
}
