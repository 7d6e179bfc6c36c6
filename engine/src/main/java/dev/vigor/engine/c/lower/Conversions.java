package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.types.IntRules;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import java.math.BigInteger;
import java.util.Optional;

/** Makes C's implicit conversions explicit in the IR, rejecting the ones the subset forbids. */
final class Conversions {
  private Conversions() {}

  /** e converted to integer type t (folded when e is a constant). */
  static Expr toInt(Expr e, CType.Int t) {
    if (e.type().equals(t)) {
      return e;
    }
    if (e instanceof Expr.IntConst c) {
      return new Expr.IntConst(IntRules.wrap(c.value(), t.kind()), t, c.loc());
    }
    if (e.type() instanceof CType.Pointer) {
      // only _Bool may take a pointer implicitly: non-null is true
      return new Expr.Binary(Expr.BinaryOp.NE, e, new Expr.NullPointer((CType.Pointer) e.type(), e.loc()), CType.INT, e.loc());
    }
    return new Expr.Convert(e, t, e.loc());
  }

  /** The integer promotion of an integer-typed e. */
  static Expr promote(Expr e) {
    return toInt(e, IntRules.promote((CType.Int) e.type()));
  }

  static boolean isNullConstant(Expr e) {
    if (e instanceof Expr.NullPointer) {
      return true;
    }
    if (e instanceof Expr.Convert c && c.type() instanceof CType.Pointer p && p.target() instanceof CType.Void) {
      return isNullConstant(c.operand());
    }
    if (e.type() instanceof CType.Int) {
      Optional<BigInteger> v = ConstFold.value(e);
      return v.isPresent() && v.get().signum() == 0;
    }
    return false;
  }

  /** e converted as by assignment to an object of type to (6.5.16.1); what names the target in messages. */
  static Expr forAssignment(Expr e, CType to, SourceLocation at, String what) {
    CType from = e.type();
    if (to instanceof CType.Array) {
      throw new CompileError(at, "arrays cannot be assigned as a whole; copy element by element, or wrap the array in a struct");
    }
    if (to instanceof CType.Int ti) {
      if (from instanceof CType.Int) {
        return toInt(e, ti);
      }
      if (from instanceof CType.Pointer && ti.kind() == dev.vigor.engine.ir.IntKind.BOOL) {
        return toInt(e, ti);
      }
      throw mismatch(e, to, at, what);
    }
    if (to instanceof CType.Pointer tp) {
      if (isNullConstant(e)) {
        return new Expr.NullPointer(tp, e.loc());
      }
      if (!(from instanceof CType.Pointer fp)) {
        throw mismatch(e, to, at, what);
      }
      if (fp.targetConst() && !tp.targetConst()) {
        throw new CompileError(at, what + " discards const: " + from.cName() + " points to const data; "
            + "declare the target as " + new CType.Pointer(tp.target(), true).cName() + ", or do not write through it");
      }
      boolean compatible = fp.target().equals(tp.target()) || fp.target() instanceof CType.Void || tp.target() instanceof CType.Void;
      if (!compatible) {
        throw new CompileError(at, what + ": incompatible pointer types (" + from.cName() + " to " + to.cName()
            + "); cast explicitly if the bytes really hold a " + tp.target().cName());
      }
      return from.equals(to) ? e : new Expr.Convert(e, to, e.loc());
    }
    if (to instanceof CType.Struct) {
      if (from.equals(to)) {
        return e;
      }
      throw mismatch(e, to, at, what);
    }
    throw new CompileError(at, what + ": cannot convert " + from.cName() + " to " + to.cName());
  }

  private static CompileError mismatch(Expr e, CType to, SourceLocation at, String what) {
    String hint = e.type() instanceof CType.Struct
        ? "; assign one of its fields instead"
        : to instanceof CType.Struct ? "; assign the fields one by one, or a value of the same struct type" : "";
    return new CompileError(at, what + ": cannot convert " + e.type().cName() + " to " + to.cName() + hint);
  }
}
