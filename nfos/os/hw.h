/*
 * hw.h: the machine instructions NFOS needs that C cannot express: port I/O (PCI configuration,
 * the serial port) and the time stamp counter. Trusted, like boot.S; every device access of the
 * driver goes through these or through memory-mapped registers.
 */
#ifndef NFOS_HW_H
#define NFOS_HW_H

#include <stdint.h>

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

#endif /* NFOS_HW_H */
