/* Shared by both translation units of the split NF. */
#ifndef SPLIT_POLICY_H
#define SPLIT_POLICY_H
#define NF_DEVICE_COUNT 2
#include <vigor/nf.h>
#include <vigor/libvig.h>

struct counter {
  uint32_t packets;
};

int choose_device(uint16_t device, const struct ether_hdr *eth);
#endif
