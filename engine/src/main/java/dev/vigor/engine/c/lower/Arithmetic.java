package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.types.IntRules;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import java.math.BigInteger;

/** Types C's binary operators: conversions of the operands, result type, pointer arithmetic. */
final class Arithmetic {
  private Arithmetic() {}

  static Expr negateTruth(Expr truth, SourceLocation at) {
    if (truth instanceof Expr.IntConst c) {
      return new Expr.IntConst(c.value().signum() == 0 ? BigInteger.ONE : BigInteger.ZERO, CType.INT, at);
    }
    return new Expr.Binary(Expr.BinaryOp.EQ, truth, new Expr.IntConst(BigInteger.ZERO, CType.INT, at), CType.INT, at);
  }

  static Expr binary(String op, Expr l, Expr r, SourceLocation at) {
    Expr.BinaryOp bop = op(op);
    CType lt = l.type();
    CType rt = r.type();
    if (lt instanceof CType.Pointer || rt instanceof CType.Pointer) {
      return pointer(bop, op, l, r, at);
    }
    if (!(lt instanceof CType.Int li) || !(rt instanceof CType.Int ri)) {
      throw new CompileError(at, "operator '" + op + "' needs integer operands, not " + lt.cName() + " and " + rt.cName()
          + (lt instanceof CType.Struct || rt instanceof CType.Struct ? "; compare or combine the struct's fields instead" : ""));
    }
    if (bop == Expr.BinaryOp.SHL || bop == Expr.BinaryOp.SHR) {
      Expr pl = Conversions.promote(l);
      Expr pr = Conversions.promote(r);
      return ExprLowerer.fold(new Expr.Binary(bop, pl, pr, pl.type(), at));
    }
    CType.Int common = IntRules.usualArithmetic(li, ri);
    Expr cl = Conversions.toInt(l, common);
    Expr cr = Conversions.toInt(r, common);
    CType result = bop.isComparisonOrLogic() ? CType.INT : common;
    return ExprLowerer.fold(new Expr.Binary(bop, cl, cr, result, at));
  }

  private static Expr pointer(Expr.BinaryOp bop, String op, Expr l, Expr r, SourceLocation at) {
    switch (bop) {
      case EQ:
      case NE:
      case LT:
      case LE:
      case GT:
      case GE: {
        boolean equality = bop == Expr.BinaryOp.EQ || bop == Expr.BinaryOp.NE;
        if (l.type() instanceof CType.Pointer lp && Conversions.isNullConstant(r) && equality) {
          return new Expr.Binary(bop, l, new Expr.NullPointer(lp, at), CType.INT, at);
        }
        if (r.type() instanceof CType.Pointer rp && Conversions.isNullConstant(l) && equality) {
          return new Expr.Binary(bop, new Expr.NullPointer(rp, at), r, CType.INT, at);
        }
        if (l.type() instanceof CType.Pointer lp && r.type() instanceof CType.Pointer rp) {
          if (lp.target().equals(rp.target()) || (equality && (lp.target() instanceof CType.Void || rp.target() instanceof CType.Void))) {
            Expr rr = r.type().equals(l.type()) ? r : new Expr.Convert(r, lp, at);
            return new Expr.Binary(bop, l, rr, CType.INT, at);
          }
          throw new CompileError(at, "comparing pointers to different types (" + lp.cName() + ", " + rp.cName() + "); cast one of them");
        }
        throw new CompileError(at, "comparing a pointer with an integer; compare with NULL or with another pointer");
      }
      case ADD:
      case SUB: {
        Expr p = l.type() instanceof CType.Pointer ? l : r;
        Expr n = p == l ? r : l;
        if (!(n.type() instanceof CType.Int)) {
          throw new CompileError(at, bop == Expr.BinaryOp.SUB
              ? "subtracting pointers is not supported; keep offsets as integers instead"
              : "adding two pointers is meaningless; add an integer offset to one pointer");
        }
        if (bop == Expr.BinaryOp.SUB && p == r) {
          throw new CompileError(at, "an integer minus a pointer is meaningless");
        }
        CType.Pointer pt = (CType.Pointer) p.type();
        if (pt.target() instanceof CType.Void || (pt.target() instanceof CType.Struct s && !s.complete())) {
          throw new CompileError(at, "arithmetic on " + pt.cName() + " needs a complete pointed-to type; cast to uint8_t * first");
        }
        Expr idx = Conversions.toInt(n, CType.LONG);
        if (bop == Expr.BinaryOp.SUB) {
          idx = ExprLowerer.fold(new Expr.Unary(Expr.UnaryOp.NEG, idx, CType.LONG, at));
        }
        return new Expr.ElementAddress(p, idx, pt.target().size(), -1, pt, at);
      }
      default:
        throw new CompileError(at, "operator '" + op + "' cannot take a pointer operand");
    }
  }

  static Expr.BinaryOp op(String op) {
    switch (op) {
      case "+": return Expr.BinaryOp.ADD;
      case "-": return Expr.BinaryOp.SUB;
      case "*": return Expr.BinaryOp.MUL;
      case "/": return Expr.BinaryOp.DIV;
      case "%": return Expr.BinaryOp.REM;
      case "<<": return Expr.BinaryOp.SHL;
      case ">>": return Expr.BinaryOp.SHR;
      case "&": return Expr.BinaryOp.BIT_AND;
      case "|": return Expr.BinaryOp.BIT_OR;
      case "^": return Expr.BinaryOp.BIT_XOR;
      case "<": return Expr.BinaryOp.LT;
      case "<=": return Expr.BinaryOp.LE;
      case ">": return Expr.BinaryOp.GT;
      case ">=": return Expr.BinaryOp.GE;
      case "==": return Expr.BinaryOp.EQ;
      case "!=": return Expr.BinaryOp.NE;
      default: throw new IllegalArgumentException(op);
    }
  }
}
