// A bound naming a macro defined below it: one error, at the name, saying to move the #define;
// the object is still declared, so its uses are not reported as unknown as well.
// expect: bound_macro_below.c:13:58 define MAX_COUNT above this line
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct counter {
  uint32_t packets;
};

/* MAX_COUNT is defined below this line, so it is not a macro here */
VIG_VECTOR_BOUNDED(counts, struct counter, 2, packets <= MAX_COUNT);
NF_EXPORT_STATE(counts, "counts");

#define MAX_COUNT 1000

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  struct counter c;
  vector_get(counts, device, &c);
  return NF_DROP;
}
