/*
 * violation.c: how a running NF reports a broken libVig precondition: one line on stderr naming
 * the function and the object, then abort(). A platform without stdio (or a test that wants to
 * keep going) links its own vig_violation instead of this file.
 */
#include "libvig_impl.h"

#include <stdio.h>
#include <stdlib.h>

_Noreturn void vig_violation(const char *function, const char *object, const char *problem,
                             long long detail) {
  fprintf(stderr, "libvig: %s(%s): precondition violated: %s [%lld]\n", function, object, problem,
          detail);
  fflush(stderr);
  abort();
}
