/* Compiles, but its emap key has three padding bytes after protocol, which libVig would compare. */
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct FlowId {
  uint32_t src_ip;
  uint32_t dst_ip;
  uint16_t src_port;
  uint16_t dst_port;
  uint8_t protocol;
};

VIG_EMAP(flows, struct FlowId, 16);
NF_EXPORT_STATE(flows, "flows");

bool nf_init(void) {
  return true;
}

int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {
  (void)packet;
  (void)length;
  (void)now;
  return device == 0 ? 1 : 0;
}
