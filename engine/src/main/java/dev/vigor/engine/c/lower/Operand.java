package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;

/**
 * A lowered C expression: either a value, or an lvalue (an object at an address, which reads as a
 * load, except that an array reads as a pointer to its first element).
 */
record Operand(Expr value, Expr address, CType type, boolean constQualified, SourceLocation loc) {

  static Operand value(Expr e) {
    return new Operand(e, null, e.type(), false, e.loc());
  }

  static Operand lvalue(Expr address, CType type, boolean constQualified, SourceLocation loc) {
    return new Operand(null, address, type, constQualified, loc);
  }

  boolean isLvalue() {
    return address != null;
  }

  /** The value read (C's lvalue conversion and array decay). */
  Expr rvalue() {
    if (value != null) {
      return value;
    }
    if (type instanceof CType.Array a) {
      return new Expr.Convert(address, new CType.Pointer(a.element(), constQualified), loc);
    }
    return new Expr.Load(address, type, loc);
  }
}
