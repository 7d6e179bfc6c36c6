package dev.vigor.engine.c.lower;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A sound interval [lo, hi] for an integer IR expression: constants are exact, a load is its
 * type's range, and arithmetic is tracked while it cannot wrap. Used to see loop bounds.
 */
record ValueRange(BigInteger lo, BigInteger hi) {

  static ValueRange of(CType.Int t) {
    return new ValueRange(t.kind().min(), t.kind().max());
  }

  static ValueRange exact(BigInteger v) {
    return new ValueRange(v, v);
  }

  /** The range of e (an integer-typed expression). */
  static ValueRange of(Expr e) {
    CType.Int t = (CType.Int) e.type();
    Optional<BigInteger> c = ConstFold.value(e);
    if (c.isPresent()) {
      return exact(c.get());
    }
    ValueRange r = compute(e);
    if (r == null || r.lo.compareTo(t.kind().min()) < 0 || r.hi.compareTo(t.kind().max()) > 0) {
      return of(t);
    }
    return r;
  }

  private static ValueRange compute(Expr e) {
    if (e instanceof Expr.Convert cv && cv.operand().type() instanceof CType.Int) {
      return of(cv.operand());
    }
    if (e instanceof Expr.Conditional c && c.type() instanceof CType.Int) {
      ValueRange a = of(c.then());
      ValueRange b = of(c.otherwise());
      return new ValueRange(a.lo.min(b.lo), a.hi.max(b.hi));
    }
    if (e instanceof Expr.Binary b && b.type() instanceof CType.Int && b.left().type() instanceof CType.Int) {
      if (b.op().isComparisonOrLogic()) {
        return new ValueRange(BigInteger.ZERO, BigInteger.ONE);
      }
      ValueRange l = of(b.left());
      ValueRange r = of(b.right());
      switch (b.op()) {
        case ADD:
          return new ValueRange(l.lo.add(r.lo), l.hi.add(r.hi));
        case SUB:
          return new ValueRange(l.lo.subtract(r.hi), l.hi.subtract(r.lo));
        case MUL:
          if (l.lo.signum() >= 0 && r.lo.signum() >= 0) {
            return new ValueRange(l.lo.multiply(r.lo), l.hi.multiply(r.hi));
          }
          return null;
        case DIV:
          if (l.lo.signum() >= 0 && r.lo.signum() > 0) {
            return new ValueRange(l.lo.divide(r.hi), l.hi.divide(r.lo));
          }
          return null;
        case REM:
          if (l.lo.signum() >= 0 && r.lo.signum() > 0) {
            return new ValueRange(BigInteger.ZERO, l.hi.min(r.hi.subtract(BigInteger.ONE)));
          }
          return null;
        case BIT_AND:
          if (l.lo.signum() >= 0 || r.lo.signum() >= 0) {
            BigInteger cap = l.lo.signum() >= 0 && r.lo.signum() >= 0 ? l.hi.min(r.hi) : (l.lo.signum() >= 0 ? l.hi : r.hi);
            return new ValueRange(BigInteger.ZERO, cap);
          }
          return null;
        case SHR:
          if (l.lo.signum() >= 0 && r.lo.signum() >= 0 && r.hi.compareTo(BigInteger.valueOf(63)) <= 0) {
            return new ValueRange(l.lo.shiftRight(r.hi.intValue()), l.hi.shiftRight(r.lo.intValue()));
          }
          return null;
        default:
          return null;
      }
    }
    return null;
  }
}
