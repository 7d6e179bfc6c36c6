/*
 * vigor/verify.h: what a stack layer's verification harness and models may call (never NF code:
 * the engine accepts these only when it compiles a layer).
 *
 *   vig_any_*()     a value the engine leaves open: symbolic execution covers every value at once.
 *   vig_assume(c)   only runs where c holds count: what a model guarantees (a NIC never reports
 *                   more packets than asked for). A run where c cannot hold is not a run at all.
 *   vig_assert(c)   c holds on every run: a property of the layer. A run where c can be false is
 *                   a violation, reported at the assert's file:line:col with the values that break it.
 *   vig_end()       the run ends here, complete: what a model of a halting machine does.
 *   vig_zeroed(n)   n bytes of zeroed memory of their own (n a constant): what a lower layer
 *                   hands out; every access to them is checked against exactly those n bytes.
 */
#ifndef VIGOR_VERIFY_H
#define VIGOR_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool vig_any_bool(void);
uint8_t vig_any_u8(void);
uint16_t vig_any_u16(void);
uint32_t vig_any_u32(void);
uint64_t vig_any_u64(void);
int vig_any_int(void);
int64_t vig_any_i64(void);
void vig_assume(bool condition);
void vig_assert(bool condition);
/* Ends the run here, complete (a machine model's halt). */
_Noreturn void vig_end(void);
void *vig_zeroed(size_t bytes);

#endif /* VIGOR_VERIFY_H */
