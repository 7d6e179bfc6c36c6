/*
 * hw.h: the machine instructions NFOS needs that C cannot express: port I/O (PCI configuration,
 * the serial port), the time stamp counter and halting. Trusted, like boot.S; every device access
 * of NFOS goes through these, the driver's through memory-mapped registers (mmio.c).
 */
#ifndef NFOS_HW_H
#define NFOS_HW_H

#include <stdbool.h>
#include <stdint.h>

#ifdef VIGOR_ANALYSIS
/* Verified, NFOS runs on a model of the machine (verify/machine_model.c) that defines these. */
void hw_outb(uint16_t port, uint8_t v);
uint8_t hw_inb(uint16_t port);
void hw_outl(uint16_t port, uint32_t v);
uint32_t hw_inl(uint16_t port);
uint64_t hw_rdtsc(void);
_Noreturn void hw_halt(void);
bool hw_stop_requested(void);
#else
static inline void hw_outb(uint16_t port, uint8_t v) {
  __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t hw_inb(uint16_t port) {
  uint8_t v;
  __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
  return v;
}

static inline void hw_outl(uint16_t port, uint32_t v) {
  __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint32_t hw_inl(uint16_t port) {
  uint32_t v;
  __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port));
  return v;
}

static inline uint64_t hw_rdtsc(void) {
  uint32_t lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return (uint64_t)hi << 32 | lo;
}

/* Stops the processor for good: interrupts off, halt. */
static inline _Noreturn void hw_halt(void) {
  for (;;) {
    __asm__ volatile("cli; hlt");
  }
}

/* Whether the machine asks NFOS to stop its packet loop: never, on hardware (a model of the
 * machine asks after one pass, to verify one). */
static inline bool hw_stop_requested(void) {
  return false;
}
#endif /* VIGOR_ANALYSIS */

#endif /* NFOS_HW_H */
