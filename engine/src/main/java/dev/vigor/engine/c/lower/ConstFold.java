package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.types.IntRules;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import java.math.BigInteger;
import java.util.Optional;

/** Evaluates an IR expression that is an integer constant expression, with C semantics; empty otherwise. */
public final class ConstFold {
  private ConstFold() {}

  /** The value of e, if it is constant (and defined). */
  public static Optional<BigInteger> value(Expr e) {
    try {
      return Optional.ofNullable(eval(e));
    } catch (ArithmeticException ex) {
      return Optional.empty();
    }
  }

  private static BigInteger eval(Expr e) {
    if (e instanceof Expr.IntConst c) {
      return c.value();
    }
    if (e instanceof Expr.Convert cv && cv.type() instanceof CType.Int t && cv.operand().type() instanceof CType.Int) {
      BigInteger v = eval(cv.operand());
      return v == null ? null : IntRules.wrap(v, t.kind());
    }
    if (e instanceof Expr.Unary u) {
      BigInteger v = eval(u.operand());
      if (v == null) {
        return null;
      }
      return IntRules.wrap(u.op() == Expr.UnaryOp.NEG ? v.negate() : v.not(), u.type().kind());
    }
    if (e instanceof Expr.Conditional c) {
      BigInteger v = eval(c.cond());
      return v == null ? null : eval(v.signum() != 0 ? c.then() : c.otherwise());
    }
    if (e instanceof Expr.Binary b && b.left().type() instanceof CType.Int lt) {
      BigInteger l = eval(b.left());
      if (l == null) {
        return null;
      }
      if (b.op() == Expr.BinaryOp.LOGICAL_AND && l.signum() == 0) {
        return BigInteger.ZERO;
      }
      if (b.op() == Expr.BinaryOp.LOGICAL_OR && l.signum() != 0) {
        return BigInteger.ONE;
      }
      BigInteger r = eval(b.right());
      if (r == null) {
        return null;
      }
      return binary(b.op(), l, r, lt, (CType.Int) b.type());
    }
    return null;
  }

  private static BigInteger binary(Expr.BinaryOp op, BigInteger l, BigInteger r, CType.Int lt, CType.Int t) {
    switch (op) {
      case ADD: return IntRules.wrap(l.add(r), t.kind());
      case SUB: return IntRules.wrap(l.subtract(r), t.kind());
      case MUL: return IntRules.wrap(l.multiply(r), t.kind());
      case DIV: return r.signum() == 0 ? null : IntRules.wrap(l.divide(r), t.kind());
      case REM: return r.signum() == 0 ? null : IntRules.wrap(l.remainder(r), t.kind());
      case SHL:
        if (r.signum() < 0 || r.intValue() >= t.kind().bits()) {
          return null;
        }
        return IntRules.wrap(l.shiftLeft(r.intValue()), t.kind());
      case SHR:
        if (r.signum() < 0 || r.intValue() >= t.kind().bits()) {
          return null;
        }
        return l.shiftRight(r.intValue());
      case BIT_AND: return IntRules.wrap(l.and(r), t.kind());
      case BIT_OR: return IntRules.wrap(l.or(r), t.kind());
      case BIT_XOR: return IntRules.wrap(l.xor(r), t.kind());
      case LT: return truth(l.compareTo(r) < 0);
      case LE: return truth(l.compareTo(r) <= 0);
      case GT: return truth(l.compareTo(r) > 0);
      case GE: return truth(l.compareTo(r) >= 0);
      case EQ: return truth(l.equals(r));
      case NE: return truth(!l.equals(r));
      case LOGICAL_AND: return truth(l.signum() != 0 && r.signum() != 0);
      default: return truth(l.signum() != 0 || r.signum() != 0);
    }
  }

  private static BigInteger truth(boolean b) {
    return b ? BigInteger.ONE : BigInteger.ZERO;
  }
}
