package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import java.math.BigInteger;

/** Checks {@code _Static_assert(constant, "message")} (C11 6.7.10), e.g. a header struct's size. */
final class StaticAsserts {
  private StaticAsserts() {}

  static void check(CSubsetParser.StaticAssertContext a, ExprLowerer constants) {
    BigInteger v = constants.constant(a.expr());
    if (v.signum() == 0) {
      StringBuilder msg = new StringBuilder();
      a.StringLiteral().forEach(s -> msg.append(s.getText(), 1, s.getText().length() - 1));
      throw new CompileError(Loc.of(a), "static assertion failed: " + msg + "; fix the code or the assertion");
    }
  }
}
