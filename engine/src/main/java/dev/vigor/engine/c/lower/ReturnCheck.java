package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Stmt;
import java.util.List;

/** Rejects a non-void function whose end can be reached without a return (the caller would read garbage). */
final class ReturnCheck {
  private ReturnCheck() {}

  static void requireReturn(Function f, List<Diagnostic> diagnostics) {
    if (f.returnType() instanceof CType.Void || alwaysReturns(f.body())) {
      return;
    }
    diagnostics.add(Diagnostic.error(f.loc(), f.name() + " can reach its end without returning a "
        + f.returnType().cName() + "; add a return statement at the end"));
  }

  private static boolean alwaysReturns(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Return) {
        return true;
      }
      if (s instanceof Stmt.If i && alwaysReturns(i.then()) && alwaysReturns(i.otherwise())) {
        return true;
      }
    }
    return false;
  }
}
