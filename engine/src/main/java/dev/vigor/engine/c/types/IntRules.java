package dev.vigor.engine.c.types;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.IntKind;
import java.math.BigInteger;

/** C11's integer conversion rules (6.3.1): promotions, usual arithmetic conversions, wrapping. */
public final class IntRules {
  private IntRules() {}

  /** The integer promotion of t (6.3.1.1): everything narrower than int becomes int. */
  public static CType.Int promote(CType.Int t) {
    return t.kind().rank() < IntKind.INT.rank() ? CType.INT : t;
  }

  /** The common type of the usual arithmetic conversions (6.3.1.8) of a and b. */
  public static CType.Int usualArithmetic(CType.Int a, CType.Int b) {
    IntKind x = promote(a).kind();
    IntKind y = promote(b).kind();
    if (x == y) {
      return new CType.Int(x);
    }
    if (x.signed() == y.signed()) {
      return new CType.Int(x.rank() >= y.rank() ? x : y);
    }
    IntKind u = x.signed() ? y : x;
    IntKind s = x.signed() ? x : y;
    if (u.rank() >= s.rank()) {
      return new CType.Int(u);
    }
    // the signed type has greater rank: if it can hold every value of the unsigned one, use it
    if (s.size() > u.size()) {
      return new CType.Int(s);
    }
    return new CType.Int(s.toUnsigned());
  }

  /** v converted to t (6.3.1.3): modulo 2^N for unsigned and, as every target compiler does, for signed; non-zero to 1 for _Bool. */
  public static BigInteger wrap(BigInteger v, IntKind t) {
    if (t == IntKind.BOOL) {
      return v.signum() == 0 ? BigInteger.ZERO : BigInteger.ONE;
    }
    BigInteger mod = BigInteger.ONE.shiftLeft(t.bits());
    BigInteger r = v.mod(mod);
    if (t.signed() && r.compareTo(t.max()) > 0) {
      r = r.subtract(mod);
    }
    return r;
  }

  /** Whether v is a value of t. */
  public static boolean fits(BigInteger v, IntKind t) {
    return v.compareTo(t.min()) >= 0 && v.compareTo(t.max()) <= 0;
  }

  /** The type of an integer constant (6.4.4.1) with this value, base and suffix. */
  public static CType.Int constantType(BigInteger v, boolean decimal, boolean unsignedSuffix, int longs) {
    IntKind[] candidates;
    if (unsignedSuffix) {
      candidates = longs == 0
          ? new IntKind[] {IntKind.UINT, IntKind.ULONG, IntKind.ULLONG}
          : longs == 1 ? new IntKind[] {IntKind.ULONG, IntKind.ULLONG} : new IntKind[] {IntKind.ULLONG};
    } else if (decimal) {
      candidates = longs == 0
          ? new IntKind[] {IntKind.INT, IntKind.LONG, IntKind.LLONG}
          : longs == 1 ? new IntKind[] {IntKind.LONG, IntKind.LLONG} : new IntKind[] {IntKind.LLONG};
    } else {
      candidates = longs == 0
          ? new IntKind[] {IntKind.INT, IntKind.UINT, IntKind.LONG, IntKind.ULONG, IntKind.LLONG, IntKind.ULLONG}
          : longs == 1
              ? new IntKind[] {IntKind.LONG, IntKind.ULONG, IntKind.LLONG, IntKind.ULLONG}
              : new IntKind[] {IntKind.LLONG, IntKind.ULLONG};
    }
    for (IntKind k : candidates) {
      if (fits(v, k)) {
        return new CType.Int(k);
      }
    }
    return null;
  }
}
