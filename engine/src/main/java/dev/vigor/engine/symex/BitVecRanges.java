package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Expr;
import com.microsoft.z3.enumerations.Z3_decl_kind;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Unsigned intervals of bit-vector terms read off their structure (a zero-filled high part, a
 * mask, a shift by a constant, a sum that cannot wrap), and the comparisons they settle. Z3's
 * simplifier does not decide {@code 0 <= (concat #x0000 b1 b0)}, so every promoted 16-bit
 * shift's sign-bit check was a solver query (a quarter of the NAT's); this answers it in
 * microseconds. Sound, not complete: null when the structure does not settle a comparison.
 * Confined to one thread, as its context.
 */
public final class BitVecRanges {
  /** [lo, hi], unsigned, in a sort of {@code bits} bits. */
  record Range(BigInteger lo, BigInteger hi) {
    boolean isPoint() {
      return lo.equals(hi);
    }
  }

  private final Map<Expr<?>, Range> known = new HashMap<>();

  /** TRUE or FALSE when the ranges of its operands settle the condition b, else null. */
  public Boolean decide(Expr<?> b) {
    if (b.isTrue()) {
      return true;
    }
    if (b.isFalse()) {
      return false;
    }
    if (!b.isApp()) {
      return null;
    }
    Expr<?>[] a = b.getArgs();
    return switch (b.getFuncDecl().getDeclKind()) {
      case Z3_OP_NOT -> {
        Boolean x = decide(a[0]);
        yield x == null ? null : !x;
      }
      case Z3_OP_AND -> connective(a, false);
      case Z3_OP_OR -> connective(a, true);
      case Z3_OP_EQ -> a.length == 2 && a[0].isBV() ? equal(range(a[0]), range(a[1])) : null;
      case Z3_OP_ULEQ -> compare(a[0], a[1], false, false);
      case Z3_OP_UGEQ -> compare(a[1], a[0], false, false);
      case Z3_OP_ULT -> compare(a[0], a[1], false, true);
      case Z3_OP_UGT -> compare(a[1], a[0], false, true);
      case Z3_OP_SLEQ -> compare(a[0], a[1], true, false);
      case Z3_OP_SGEQ -> compare(a[1], a[0], true, false);
      case Z3_OP_SLT -> compare(a[0], a[1], true, true);
      case Z3_OP_SGT -> compare(a[1], a[0], true, true);
      default -> null;
    };
  }

  /**
   * An and (decisive false) or an or (decisive true): decided by one operand with the decisive
   * value, or by all operands decided without it.
   */
  private Boolean connective(Expr<?>[] operands, boolean decisive) {
    boolean all = true;
    for (Expr<?> c : operands) {
      Boolean x = decide(c);
      if (x != null && x == decisive) {
        return decisive;
      }
      all &= x != null;
    }
    return all ? !decisive : null;
  }

  private static Boolean equal(Range x, Range y) {
    if (x.hi.compareTo(y.lo) < 0 || y.hi.compareTo(x.lo) < 0) {
      return false;
    }
    return x.isPoint() && y.isPoint() && x.lo.equals(y.lo) ? true : null;
  }

  /** l <= r, or l < r when strict; signed ones only when both lie in one half (see below). */
  private Boolean compare(Expr<?> l, Expr<?> r, boolean signed, boolean strict) {
    Range x = range(l);
    Range y = range(r);
    if (signed && !sameHalf(bits(l), x, y)) {
      return null;
    }
    return strict ? less(x, y) : lessOrEqual(x, y);
  }

  private static Boolean lessOrEqual(Range x, Range y) {
    if (x.hi.compareTo(y.lo) <= 0) {
      return true;
    }
    return x.lo.compareTo(y.hi) > 0 ? false : null;
  }

  private static Boolean less(Range x, Range y) {
    if (x.hi.compareTo(y.lo) < 0) {
      return true;
    }
    return x.lo.compareTo(y.hi) >= 0 ? false : null;
  }

  /**
   * Whether both ranges lie in the same half of the unsigned range (both non-negative, or both
   * negative read signed): there two's complement keeps the unsigned order.
   */
  private static boolean sameHalf(int w, Range x, Range y) {
    BigInteger half = BigInteger.ONE.shiftLeft(w - 1);
    return x.hi.compareTo(half) < 0 && y.hi.compareTo(half) < 0
        || x.lo.compareTo(half) >= 0 && y.lo.compareTo(half) >= 0;
  }

  /** The unsigned range of the bit-vector term e (its whole sort when nothing narrows it). */
  Range range(Expr<?> e) {
    Range r = known.get(e);
    if (r == null) {
      r = compute(e);
      known.put(e, r);
    }
    return r;
  }

  private static int bits(Expr<?> e) {
    return ((BitVecSort) e.getSort()).getSize();
  }

  private static BigInteger max(int bits) {
    return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  private Range compute(Expr<?> e) {
    int w = bits(e);
    Range full = new Range(BigInteger.ZERO, max(w));
    if (e instanceof BitVecNum n) {
      return new Range(n.getBigInteger(), n.getBigInteger());
    }
    if (!e.isApp()) {
      return full;
    }
    Expr<?>[] a = e.getArgs();
    Z3_decl_kind kind = e.getFuncDecl().getDeclKind();
    switch (kind) {
      case Z3_OP_CONCAT -> {
        BigInteger lo = BigInteger.ZERO;
        BigInteger hi = BigInteger.ZERO;
        for (Expr<?> x : a) {
          Range rx = range(x);
          int bx = bits(x);
          lo = lo.shiftLeft(bx).add(rx.lo);
          hi = hi.shiftLeft(bx).add(rx.hi);
        }
        return new Range(lo, hi);
      }
      case Z3_OP_ZERO_EXT -> {
        return range(a[0]);
      }
      case Z3_OP_EXTRACT -> {
        // parameters (high, low); the result is w bits wide, so high = low + w - 1
        int loBit = e.getFuncDecl().getParameters()[1].getInt();
        int hiBit = loBit + w - 1;
        Range x = range(a[0]);
        // exact when nothing above the extracted bits can be set: then it is x >> loBit
        if (x.hi.shiftRight(hiBit + 1).signum() == 0) {
          return new Range(x.lo.shiftRight(loBit), x.hi.shiftRight(loBit));
        }
        return full;
      }
      case Z3_OP_BAND -> {
        BigInteger hi = max(w);
        for (Expr<?> x : a) {
          hi = hi.min(range(x).hi);
        }
        return new Range(BigInteger.ZERO, hi);
      }
      case Z3_OP_BOR, Z3_OP_BXOR -> {
        // no bit above the highest one any operand may have can be set
        int top = 0;
        BigInteger lo = BigInteger.ZERO;
        for (Expr<?> x : a) {
          Range rx = range(x);
          top = Math.max(top, rx.hi.bitLength());
          if (kind == Z3_decl_kind.Z3_OP_BOR) {
            lo = lo.max(rx.lo);
          }
        }
        return new Range(lo, max(top));
      }
      case Z3_OP_BLSHR -> {
        Range x = range(a[0]);
        Range k = range(a[1]);
        if (k.hi.compareTo(BigInteger.valueOf(w)) >= 0) {
          // some amounts shift everything out (0 in SMT-LIB)
          return k.lo.compareTo(BigInteger.valueOf(w)) >= 0 ? new Range(BigInteger.ZERO, BigInteger.ZERO)
              : new Range(BigInteger.ZERO, x.hi.shiftRight(k.lo.intValue()));
        }
        return new Range(x.lo.shiftRight(k.hi.intValue()), x.hi.shiftRight(k.lo.intValue()));
      }
      case Z3_OP_BSHL -> {
        Range x = range(a[0]);
        Range k = range(a[1]);
        if (k.hi.compareTo(BigInteger.valueOf(w)) < 0) {
          BigInteger hi = x.hi.shiftLeft(k.hi.intValue());
          if (hi.compareTo(max(w)) <= 0) {
            return new Range(x.lo.shiftLeft(k.lo.intValue()), hi);
          }
        }
        return full;
      }
      case Z3_OP_BADD -> {
        BigInteger lo = BigInteger.ZERO;
        BigInteger hi = BigInteger.ZERO;
        for (Expr<?> x : a) {
          Range rx = range(x);
          lo = lo.add(rx.lo);
          hi = hi.add(rx.hi);
        }
        return hi.compareTo(max(w)) <= 0 ? new Range(lo, hi) : full;
      }
      case Z3_OP_BMUL -> {
        BigInteger lo = BigInteger.ONE;
        BigInteger hi = BigInteger.ONE;
        for (Expr<?> x : a) {
          Range rx = range(x);
          lo = lo.multiply(rx.lo);
          hi = hi.multiply(rx.hi);
        }
        return hi.compareTo(max(w)) <= 0 ? new Range(lo, hi) : full;
      }
      case Z3_OP_BUDIV, Z3_OP_BUDIV_I -> {
        Range x = range(a[0]);
        Range d = range(a[1]);
        if (d.lo.signum() > 0) {
          return new Range(x.lo.divide(d.hi), x.hi.divide(d.lo));
        }
        return full; // x / 0 is all ones in SMT-LIB
      }
      case Z3_OP_BUREM, Z3_OP_BUREM_I -> {
        Range x = range(a[0]);
        Range d = range(a[1]);
        if (d.lo.signum() > 0) {
          return new Range(BigInteger.ZERO, x.hi.min(d.hi.subtract(BigInteger.ONE)));
        }
        return new Range(BigInteger.ZERO, x.hi); // x % 0 is x
      }
      case Z3_OP_ITE -> {
        Boolean c = decide(a[0]);
        if (c != null) {
          return range(c ? a[1] : a[2]);
        }
        Range x = range(a[1]);
        Range y = range(a[2]);
        return new Range(x.lo.min(y.lo), x.hi.max(y.hi));
      }
      default -> {
        return full;
      }
    }
  }
}
