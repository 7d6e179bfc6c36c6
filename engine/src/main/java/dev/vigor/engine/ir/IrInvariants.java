package dev.vigor.engine.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The structural promises the IR makes to its interpreters, checked: names resolve, stores and
 * operands agree on types, break/continue sit in loops. The front-end's tests run it over every NF
 * it compiles; an interpreter may run it on IR from elsewhere. Returns problems, empty when sound.
 */
public final class IrInvariants {
  private final Program program;
  private final List<String> problems = new ArrayList<>();
  private Function current;
  private Set<String> locals;
  private Set<String> usedLocals;

  private IrInvariants(Program program) {
    this.program = program;
  }

  /** Every broken invariant of p, as "function: what" lines. */
  public static List<String> check(Program p) {
    IrInvariants c = new IrInvariants(p);
    for (Function f : p.functions().values()) {
      c.function(f);
    }
    for (LibVigObject o : p.objects()) {
      if (o.bound() != null) {
        c.current = null;
        c.locals = Set.of();
        c.usedLocals = new HashSet<>();
        c.expr(o.bound());
        c.require(o.bound().type().equals(CType.INT), "bound of " + o.name() + " is not an int truth value");
      }
    }
    return c.problems;
  }

  private void function(Function f) {
    current = f;
    locals = new HashSet<>();
    usedLocals = new HashSet<>();
    for (Function.Local l : f.params()) {
      require(locals.add(l.name()), "duplicate local " + l.name());
    }
    for (Function.Local l : f.locals()) {
      require(locals.add(l.name()), "duplicate local " + l.name());
    }
    block(f.body(), 0);
    for (Function.Local l : f.locals()) {
      require(!l.temporary() || usedLocals.contains(l.name()), "temporary " + l.name() + " is never used");
    }
  }

  private void block(List<Stmt> body, int loops) {
    for (Stmt s : body) {
      stmt(s, loops);
    }
  }

  private void stmt(Stmt s, int loops) {
    if (s instanceof Stmt.Store st) {
      expr(st.address());
      expr(st.value());
      if (st.address().type() instanceof CType.Pointer p) {
        require(p.target().equals(st.value().type()), "store of " + st.value().type() + " through " + p + " at " + s.loc());
      } else {
        require(false, "store address is not a pointer at " + s.loc());
      }
    } else if (s instanceof Stmt.If i) {
      truth(i.cond());
      block(i.then(), loops);
      block(i.otherwise(), loops);
    } else if (s instanceof Stmt.Loop l) {
      require(l.maxIterations() >= 0, "negative loop bound at " + s.loc());
      block(l.header(), loops);
      truth(l.test());
      block(l.body(), loops + 1);
      block(l.step(), loops);
    } else if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
      require(loops > 0, "break/continue outside a loop at " + s.loc());
    } else if (s instanceof Stmt.Return r) {
      if (r.value() == null) {
        require(current.returnType() instanceof CType.Void, "value-less return from non-void at " + s.loc());
      } else {
        expr(r.value());
        require(r.value().type().equals(current.returnType()), "return of " + r.value().type() + " from " + current.returnType());
      }
    } else if (s instanceof Stmt.Call c) {
      Function callee = program.functions().get(c.function());
      require(callee != null, "call to undefined " + c.function());
      args(c.args(), c.resultAddress());
      if (callee != null) {
        require(callee.params().size() == c.args().size(), "arity of " + c.function() + " at " + s.loc());
        for (int i = 0; callee.params().size() == c.args().size() && i < c.args().size(); i++) {
          require(callee.params().get(i).type().equals(c.args().get(i).type()), "argument " + i + " of " + c.function() + " at " + s.loc());
        }
      }
    } else if (s instanceof Stmt.LibVigCall c) {
      require(c.object() == null || program.object(c.object()).isPresent(), "unknown libVig object " + c.object());
      args(c.args(), c.resultAddress());
    } else if (s instanceof Stmt.Intrinsic c) {
      args(c.args(), c.resultAddress());
    }
  }

  private void args(List<Expr> args, Expr result) {
    args.forEach(this::expr);
    if (result != null) {
      expr(result);
    }
  }

  private void truth(Expr e) {
    expr(e);
    require(e.type().equals(CType.INT), "condition of type " + e.type() + " at " + e.loc());
  }

  private void expr(Expr e) {
    if (e instanceof Expr.LocalAddress l) {
      require(locals.contains(l.local()), "unknown local " + l.local() + " at " + e.loc());
      usedLocals.add(l.local());
    } else if (e instanceof Expr.GlobalAddress g) {
      require(program.globals().containsKey(g.global()), "unknown global " + g.global());
    } else if (e instanceof Expr.ObjectRef o) {
      require(program.object(o.object()).isPresent(), "unknown object " + o.object());
    } else if (e instanceof Expr.Load l) {
      expr(l.address());
      require(l.address().type() instanceof CType.Pointer p && p.target().equals(l.type()), "load of " + l.type() + " through " + l.address().type() + " at " + e.loc());
    } else if (e instanceof Expr.FieldAddress f) {
      expr(f.base());
      require(f.base().type() instanceof CType.Pointer p && p.target() instanceof CType.Struct, "field of a non-struct at " + e.loc());
    } else if (e instanceof Expr.ElementAddress a) {
      expr(a.base());
      expr(a.index());
      require(a.index().type().equals(CType.LONG), "element index of type " + a.index().type() + " at " + e.loc());
    } else if (e instanceof Expr.Unary u) {
      expr(u.operand());
      require(u.operand().type().equals(u.type()), "unary operand type at " + e.loc());
    } else if (e instanceof Expr.Binary b) {
      expr(b.left());
      expr(b.right());
      boolean shift = b.op() == Expr.BinaryOp.SHL || b.op() == Expr.BinaryOp.SHR;
      if (b.op() == Expr.BinaryOp.LOGICAL_AND || b.op() == Expr.BinaryOp.LOGICAL_OR) {
        require(b.left().type().equals(CType.INT) && b.right().type().equals(CType.INT), "logic operands at " + e.loc());
      } else if (!shift) {
        require(b.left().type().equals(b.right().type()), "operands " + b.left().type() + " and " + b.right().type() + " at " + e.loc());
      }
      require(b.op().isComparisonOrLogic() ? b.type().equals(CType.INT) : b.type().equals(b.left().type()), "result type of " + b.op() + " at " + e.loc());
    } else if (e instanceof Expr.Conditional c) {
      truth(c.cond());
      expr(c.then());
      expr(c.otherwise());
      require(c.then().type().equals(c.type()) && c.otherwise().type().equals(c.type()), "arms of ?: at " + e.loc());
    } else if (e instanceof Expr.Convert c) {
      expr(c.operand());
      require(c.operand().type().getClass() == c.type().getClass(), "conversion between kinds of type at " + e.loc());
    }
  }

  private void require(boolean ok, String problem) {
    if (!ok) {
      problems.add((current == null ? "<bounds>" : current.name()) + ": " + problem);
    }
  }
}
