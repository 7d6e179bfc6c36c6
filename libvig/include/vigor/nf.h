/*
 * vigor/nf.h: what every NF sees. Entry points, devices, time, verdicts, packet headers.
 *
 * An NF defines NF_DEVICE_COUNT before including this header, then implements
 *   bool nf_init(void);            run once, concretely, before the first packet
 *   int  nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now);
 * nf_process returns the device to send the (possibly rewritten) packet on, NF_DROP, or NF_FLOOD
 * (every device but the one it came in on).
 */
#ifndef VIGOR_NF_H
#define VIGOR_NF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef NF_DEVICE_COUNT
#error "define NF_DEVICE_COUNT (how many devices the NF drives) before including <vigor/nf.h>"
#endif

/* Nanoseconds since an arbitrary origin; never negative and never decreasing between packets. */
typedef int64_t vigor_time_t;

/* Verdicts besides a device number. */
#define NF_DROP (-1)
#define NF_FLOOD (-2)

/* Shorthands for durations in nanoseconds. */
#define VIGOR_NS_PER_SEC 1000000000LL
#define VIGOR_NS_PER_MS 1000000LL

bool nf_init(void);
int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now);

/*
 * Configuration a spec may name (e.g. the NAT's external address). The value comes from the NF's
 * nf.properties ("config.NAME = VALUE"); the analysis binds it from there, a build generates the
 * definition.
 */
#define NF_CONFIG(type, name) extern const type name

#include <vigor/packet.h>

#endif /* VIGOR_NF_H */
