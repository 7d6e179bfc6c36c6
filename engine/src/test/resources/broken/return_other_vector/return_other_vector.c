/* Borrows from one vector and gives the element back to another of the same type. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct Counter {
  uint32_t packets;
};

VIG_VECTOR(received, struct Counter, 4);
VIG_VECTOR(dropped, struct Counter, 4);
NF_EXPORT_STATE(received, "received");
NF_EXPORT_STATE(dropped, "dropped");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet;
  (void)length;
  (void)now;
  void *elem;
  vector_borrow(received, device, &elem);
  vector_return(dropped, device, elem); /* EXPECT: LIBVIG_PRECONDITION */
  return NF_DROP;
}
