/* violation.c: libVig's broken-precondition report under NFOS: said on the console, then halt. */
#include "nfos.h"

_Noreturn void vig_violation(const char *function, const char *object, const char *problem,
                             long long detail) {
  serial_puts("libvig: ");
  serial_puts(function);
  serial_puts("(");
  serial_puts(object);
  serial_puts("): ");
  serial_puts(problem);
  serial_puts(" ");
  serial_hex((uint32_t)detail);
  serial_puts("\n");
  nfos_halt("a libVig precondition broke");
}
