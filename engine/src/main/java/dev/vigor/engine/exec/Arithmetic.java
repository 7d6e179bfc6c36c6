package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.IntKind;
import java.math.BigInteger;
import java.util.function.BooleanSupplier;

/**
 * C11's integer semantics over any {@link Domain}: the usual arithmetic on already-converted
 * operands, comparisons (integers and pointers), conversions, and the checks of the operations
 * that can be undefined (signed overflow, division by zero, shift ranges). Signed conversions are
 * implementation-defined, not undefined, and are not flagged.
 */
final class Arithmetic<V> {
  private static final CType.Int INT = CType.INT;

  private final Machine<V> m;
  private final Domain<V> d;
  private final GuardedChecks<V> checks;
  // Signed products by a positive constant that passed their overflow check, by result value:
  // a later division by a constant shares their common factor (see reducedQuotient).
  private final java.util.IdentityHashMap<V, CheckedProduct<V>> products = new java.util.IdentityHashMap<>();

  private record CheckedProduct<V>(V x, BigInteger c) {}

  Arithmetic(Machine<V> machine, BooleanSupplier pure) {
    this.m = machine;
    this.d = machine.domain();
    this.checks = new GuardedChecks<>(machine, pure);
  }

  private V bv(Object o) {
    return GuardedChecks.bits(o);
  }

  private void check(V safe, LowLevelCheck check, SourceLocation loc, String message) {
    checks.check(safe, check, loc, message);
  }

  /** op x for NEG and BIT_NOT; negating the smallest signed value overflows. */
  Val unary(Expr.Unary u, V x) {
    if (u.op() == Expr.UnaryOp.BIT_NOT) {
      return new Val.Int(d.not(x), u.type());
    }
    if (u.type().signed()) {
      int w = d.bits(x);
      check(d.bnot(d.eq(x, d.num(BigInteger.ONE.shiftLeft(w - 1), w))), LowLevelCheck.SIGNED_OVERFLOW,
          u.loc(), "negating the smallest " + u.type().cName() + " overflows");
    }
    return new Val.Int(d.neg(x), u.type());
  }

  /** left op right on evaluated operands (not the lazy logical operators), with C's checks. */
  Val binary(Expr.Binary b, Val lv, Val rv) {
    SourceLocation loc = b.loc();
    if (lv instanceof Val.Ptr || rv instanceof Val.Ptr) {
      return pointerCompare(b, (Val.Ptr) lv, (Val.Ptr) rv);
    }
    V l = bv(lv);
    V r = bv(rv);
    CType.Int lt = ((Val.Int) lv).type();
    boolean signed = lt.signed();
    int w = d.bits(l);
    switch (b.op()) {
      case LT -> { return truth(signed ? d.slt(l, r) : d.ult(l, r)); }
      case LE -> { return truth(signed ? d.sle(l, r) : d.ule(l, r)); }
      case GT -> { return truth(signed ? d.slt(r, l) : d.ult(r, l)); }
      case GE -> { return truth(signed ? d.sle(r, l) : d.ule(r, l)); }
      case EQ -> { return truth(d.eq(l, r)); }
      case NE -> { return truth(d.bnot(d.eq(l, r))); }
      default -> { }
    }
    CType.Int type = (CType.Int) b.type();
    switch (b.op()) {
      case ADD, SUB, MUL -> {
        V res = b.op() == Expr.BinaryOp.ADD ? d.add(l, r) : b.op() == Expr.BinaryOp.SUB ? d.sub(l, r) : d.mul(l, r);
        if (signed && b.op() == Expr.BinaryOp.MUL && (d.constant(l) != null || d.constant(r) != null)) {
          // by a constant c: x * c overflows exactly when x lies outside [MIN/c, MAX/c] (rounded
          // inwards), a range test the solver decides at once; the 2w-bit product it replaces
          // makes Z3 bit-blast a 128-bit multiplier for 64-bit operands
          boolean leftConst = d.constant(l) != null;
          V x = leftConst ? r : l;
          BigInteger c = d.constant(leftConst ? l : r);
          check(productFits(x, c, w), LowLevelCheck.SIGNED_OVERFLOW,
              loc, "this " + type.cName() + " " + b.op().name().toLowerCase() + " overflows");
          if (!c.testBit(w - 1) && c.signum() > 0 && d.constant(x) == null) {
            // past the check the product does not overflow, so by a positive constant its sign is
            // x's: say so in the term (the same value on every path that gets here), or the solver
            // must rediscover it through a w-bit multiplier before it can tell the product's sign
            res = d.concat(d.extract(x, w - 1, w - 1), d.extract(res, w - 2, 0));
            products.put(res, new CheckedProduct<>(x, c));
          }
        } else if (signed) {
          // the exact sum or difference of two w-bit values fits w + 1 bits, a product 2w: a
          // wider check only gives the solver longer adders (the spec's own differences, e.g.
          // now - time, are built at w + 1 bits too, so the two then share terms)
          int ww = b.op() == Expr.BinaryOp.MUL ? 2 * w : w + 1;
          V wl = d.sext(l, ww);
          V wr = d.sext(r, ww);
          V wide = b.op() == Expr.BinaryOp.ADD ? d.add(wl, wr) : b.op() == Expr.BinaryOp.SUB ? d.sub(wl, wr) : d.mul(wl, wr);
          check(d.eq(wide, d.sext(res, ww)), LowLevelCheck.SIGNED_OVERFLOW, loc,
              "this " + type.cName() + " " + b.op().name().toLowerCase() + " overflows");
        }
        return new Val.Int(res, type);
      }
      case DIV, REM -> {
        check(d.nonZero(r), LowLevelCheck.DIVISION_BY_ZERO, loc, "divides by zero");
        if (signed) {
          check(d.bnot(d.band(d.eq(l, d.num(BigInteger.ONE.shiftLeft(w - 1), w)), d.eq(r, d.num(-1, w)))),
              LowLevelCheck.SIGNED_OVERFLOW, loc, "divides the smallest " + type.cName() + " by -1");
        }
        if (signed && b.op() == Expr.BinaryOp.DIV) {
          V reduced = reducedQuotient(l, r, w);
          if (reduced != null) {
            return new Val.Int(reduced, type);
          }
        }
        V res = b.op() == Expr.BinaryOp.DIV ? (signed ? d.sdiv(l, r) : d.udiv(l, r)) : (signed ? d.srem(l, r) : d.urem(l, r));
        return new Val.Int(res, type);
      }
      case SHL, SHR -> {
        V amount = d.resize(r, 64, ((Val.Int) rv).type().signed());
        check(d.band(d.sle(d.num(0, 64), amount), d.slt(amount, d.num(w, 64))), LowLevelCheck.SHIFT_RANGE, loc,
            "shifts a " + w + "-bit " + type.cName() + " by a negative amount or by " + w + " or more");
        V a = d.resize(r, w, false);
        if (b.op() == Expr.BinaryOp.SHR) {
          return new Val.Int(signed ? d.ashr(l, a) : d.lshr(l, a), type);
        }
        V res = d.shl(l, a);
        if (signed) {
          check(d.band(d.sle(d.num(0, w), l), d.band(d.eq(d.lshr(res, a), l), d.sle(d.num(0, w), res))),
              LowLevelCheck.SHIFT_RANGE, loc, "shifts a negative value left, or shifts bits into or past the sign bit of a "
                  + type.cName());
        }
        return new Val.Int(res, type);
      }
      case BIT_AND -> { return new Val.Int(d.and(l, r), type); }
      case BIT_OR -> { return new Val.Int(d.or(l, r), type); }
      case BIT_XOR -> { return new Val.Int(d.xor(l, r), type); }
      default -> throw new OutsideSubsetException(loc + ": operator " + b.op());
    }
  }

  private Val truth(V b) {
    return new Val.Int(d.boolToBv(b, 32), INT);
  }

  private Val pointerCompare(Expr.Binary b, Val.Ptr l, Val.Ptr r) {
    V res;
    if (l.isNull() || r.isNull() || l.region() != r.region()) {
      boolean same = l.isNull() && r.isNull();
      res = d.truth(same);
      if (b.op() == Expr.BinaryOp.NE) {
        return truth(d.truth(!same));
      }
      if (b.op() != Expr.BinaryOp.EQ) {
        throw new OutsideSubsetException(b.loc() + ": orders pointers into different objects");
      }
      return truth(res);
    }
    V x = bv(l.offset());
    V y = bv(r.offset());
    switch (b.op()) {
      case EQ -> res = d.eq(x, y);
      case NE -> res = d.bnot(d.eq(x, y));
      case LT -> res = d.slt(x, y);
      case LE -> res = d.sle(x, y);
      case GT -> res = d.slt(y, x);
      case GE -> res = d.sle(y, x);
      default -> throw new OutsideSubsetException(b.loc() + ": pointer arithmetic operator " + b.op());
    }
    return truth(res);
  }

  /** Converts v from one C type to another (C11 6.3). */
  Val convert(Val v, CType from, CType to, SourceLocation loc) {
    if (to instanceof CType.Pointer) {
      if (v instanceof Val.Ptr) {
        return v;
      }
      throw new OutsideSubsetException(loc + ": converts an integer to a pointer");
    }
    if (to instanceof CType.Int t) {
      if (!(v instanceof Val.Int i)) {
        throw new OutsideSubsetException(loc + ": converts a pointer to an integer");
      }
      V x = bv(i);
      if (t.kind() == IntKind.BOOL) {
        return new Val.Int(d.boolToBv(d.nonZero(x), 8), t);
      }
      return new Val.Int(d.resize(x, t.kind().bits(), ((CType.Int) from).signed()), t);
    }
    return v;
  }

  /**
   * (x * c) / e for a checked product x * c and a positive constant e, g their common factor, as
   * (x * (c/g)) / (e/g): the same rational number, so the same truncated quotient, and the
   * smaller product cannot overflow where the larger did not. A rate times a time over 10^9 (the
   * policer's 375,000,000 B/s) becomes a product by 3 and a shift by 3; what is left is the
   * domain's {@link Domain#quotientOfProduct}, which a symbolic domain shares with the spec's
   * (where two 64-bit multipliers and dividers were undecided). Null when l is no such product.
   */
  private V reducedQuotient(V l, V r, int w) {
    CheckedProduct<V> p = products.get(l);
    BigInteger e = d.constant(r);
    if (p == null || e == null || e.testBit(w - 1) || e.signum() <= 0) {
      return null;
    }
    BigInteger g = p.c().gcd(e);
    return d.quotientOfProduct(p.x(), p.c().divide(g), e.divide(g), w);
  }

  /** Whether x * c fits a signed w-bit integer, as a range test on x (c a constant of width w). */
  private V productFits(V x, BigInteger cBits, int w) {
    BigInteger c = cBits.testBit(w - 1) ? cBits.subtract(BigInteger.ONE.shiftLeft(w)) : cBits;
    if (c.signum() == 0) {
      return d.truth(true);
    }
    BigInteger min = BigInteger.ONE.shiftLeft(w - 1).negate();
    BigInteger max = BigInteger.ONE.shiftLeft(w - 1).subtract(BigInteger.ONE);
    BigInteger[] ends = {floorDiv(min, c), floorDiv(max, c), ceilDiv(min, c), ceilDiv(max, c)};
    // x * c within [min, max]: for c > 0, x in [ceil(min/c), floor(max/c)]; for c < 0, the ends swap
    BigInteger lo = c.signum() > 0 ? ends[2] : ends[3];
    BigInteger hi = c.signum() > 0 ? ends[1] : ends[0];
    lo = lo.max(min);
    hi = hi.min(max);
    return d.band(d.sle(d.num(lo, w), x), d.sle(x, d.num(hi, w)));
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
    return floorDiv(a.negate(), b).negate();
  }
}
