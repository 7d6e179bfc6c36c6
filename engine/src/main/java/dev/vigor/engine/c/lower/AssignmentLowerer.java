package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.c.parser.CSubsetParser.ExprContext;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.IntKind;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.List;

/**
 * Lowers assignments, compound assignments and ++/-- to {@link Stmt.Store}s on assignable,
 * non-const lvalues; the expression's value is the updated lvalue (x++ reads a copy of the old value).
 */
final class AssignmentLowerer {
  private final FunctionContext fn;
  private final ExprLowerer exprs;

  AssignmentLowerer(FunctionContext fn, ExprLowerer exprs) {
    this.fn = fn;
    this.exprs = exprs;
  }

  private Operand assignable(ExprContext target, List<Stmt> sink, SourceLocation at) {
    exprs.requireFunction(at);
    Operand lhs = exprs.lower(target, sink);
    if (!lhs.isLvalue()) {
      throw new CompileError(Loc.of(target), "'" + target.getText() + "' is not assignable; assign to a variable, a field, an element or *pointer");
    }
    if (lhs.constQualified()) {
      throw new CompileError(Loc.of(target), "'" + target.getText() + "' is const and cannot be assigned; "
          + "remove const from its declaration or write to a copy");
    }
    if (lhs.type() instanceof CType.Array) {
      throw new CompileError(Loc.of(target), "arrays cannot be assigned as a whole; copy element by element, or wrap the array in a struct");
    }
    return lhs;
  }

  Operand assign(CSubsetParser.AssignExprContext a, List<Stmt> sink) {
    SourceLocation at = Loc.of(a.op);
    Operand lhs = assignable(a.expr(0), sink, at);
    Expr rhs = exprs.rvalue(a.expr(1), sink);
    String op = a.op.getText();
    Expr value;
    if (op.equals("=")) {
      value = Conversions.forAssignment(rhs, lhs.type(), at, "assignment to '" + a.expr(0).getText() + "'");
    } else {
      Expr combined = Arithmetic.binary(op.substring(0, op.length() - 1), lhs.rvalue(), rhs, at);
      value = lhs.type() instanceof CType.Pointer ? combined : Conversions.forAssignment(combined, lhs.type(), at, "compound assignment");
    }
    sink.add(new Stmt.Store(lhs.address(), value, at));
    return lhs;
  }

  /** ++x / --x (also x++ when its value is not used): the updated lvalue. */
  Operand increment(ExprContext target, boolean up, SourceLocation at, List<Stmt> sink) {
    Operand lhs = assignable(target, sink, at);
    if (!lhs.type().isScalar() || lhs.type() instanceof CType.Int t && t.kind() == IntKind.BOOL) {
      throw new CompileError(at, "++/-- needs an integer or pointer variable, not " + lhs.type().cName());
    }
    Expr one = new Expr.IntConst(BigInteger.ONE, CType.INT, at);
    Expr combined = Arithmetic.binary(up ? "+" : "-", lhs.rvalue(), one, at);
    Expr value = lhs.type() instanceof CType.Pointer ? combined : Conversions.toInt(combined, (CType.Int) lhs.type());
    sink.add(new Stmt.Store(lhs.address(), value, at));
    return lhs;
  }

  Operand postfix(CSubsetParser.PostfixExprContext p, List<Stmt> sink) {
    SourceLocation at = Loc.of(p);
    exprs.requireFunction(at);
    Operand lhs = exprs.lower(p.expr(), sink);
    Function.Local old = fn.temp(lhs.type(), at);
    Expr oa = new Expr.LocalAddress(old.name(), new CType.Pointer(lhs.type(), false), at);
    if (lhs.isLvalue() && !(lhs.type() instanceof CType.Array)) {
      sink.add(new Stmt.Store(oa, lhs.rvalue(), at));
    }
    increment(p.expr(), p.op.getText().equals("++"), at, sink);
    return Operand.value(new Expr.Load(oa, lhs.type(), at));
  }
}
