/* The firewall's flow identifier: a 5-tuple, as seen from the LAN side. */
#ifndef FIREWALL_FLOW_H
#define FIREWALL_FLOW_H

#include <stdint.h>

struct flow_id {
  uint32_t src_addr;
  uint32_t dst_addr;
  uint16_t src_port;
  uint16_t dst_port;
  uint8_t protocol;
};

#define LAN_DEVICE 0
#define WAN_DEVICE 1

#endif
