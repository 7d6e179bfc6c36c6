package dev.vigor.engine.nf;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The structs an NF passes to {@code vig_hash} (e.g. a flow id hashed for the cht). */
final class HashedStructs {
  private HashedStructs() {}

  static Set<CType.Struct> of(Program program) {
    Set<CType.Struct> out = new LinkedHashSet<>();
    for (Function f : program.functions().values()) {
      walk(f.body(), out);
    }
    return out;
  }

  private static void walk(List<Stmt> body, Set<CType.Struct> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.LibVigCall c && c.function().equals("vig_hash") && !c.args().isEmpty()) {
        Expr data = c.args().get(0);
        while (data instanceof Expr.Convert cv) {
          data = cv.operand();
        }
        if (data.type() instanceof CType.Pointer p && p.target() instanceof CType.Struct st) {
          out.add(st);
        }
      } else if (s instanceof Stmt.If i) {
        walk(i.then(), out);
        walk(i.otherwise(), out);
      } else if (s instanceof Stmt.Loop l) {
        walk(l.header(), out);
        walk(l.body(), out);
        walk(l.step(), out);
      }
    }
  }
}
