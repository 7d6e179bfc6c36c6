package dev.vigor.engine.spec.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every statement and expression of a block, depth first, in source order (including the
 * outcomes of returns and of pop_header mismatches). For analyses that need the whole spec, e.g.
 * collecting the keys and indices a spec mentions.
 */
public final class SpecWalk {
  private SpecWalk() {}

  /** Every statement of {@code block} and of its nested blocks. */
  public static List<Stmt> statements(List<Stmt> block) {
    List<Stmt> out = new ArrayList<>();
    forEachStatement(block, out::add);
    return out;
  }

  /**
   * The 1-based lines of {@code file} on which a statement of {@code block} (nested ones included)
   * begins, in order: the lines a verification of the spec checks (statements inlined from an
   * imported property carry their own file's name and are left out).
   */
  public static java.util.SortedSet<Integer> statementLines(List<Stmt> block, String file) {
    java.util.SortedSet<Integer> lines = new java.util.TreeSet<>();
    forEachStatement(block, s -> {
      if (s.at().file().equals(file)) {
        lines.add(s.at().line());
      }
    });
    return lines;
  }

  /** Every expression of {@code block}, outer before inner. */
  public static List<Expr> expressions(List<Stmt> block) {
    List<Expr> out = new ArrayList<>();
    forEachExpression(block, out::add);
    return out;
  }

  /** Calls {@code action} on each statement, depth first. */
  public static void forEachStatement(List<Stmt> block, Consumer<Stmt> action) {
    for (Stmt s : block) {
      action.accept(s);
      if (s instanceof Stmt.If i) {
        forEachStatement(i.then(), action);
        forEachStatement(i.otherwise(), action);
      }
    }
  }

  /** Calls {@code action} on each expression, depth first. */
  public static void forEachExpression(List<Stmt> block, Consumer<Expr> action) {
    forEachStatement(block, s -> {
      if (s instanceof Stmt.Assign a) {
        expression(a.value(), action);
      } else if (s instanceof Stmt.PopHeader p) {
        outcome(p.onMismatch(), action);
      } else if (s instanceof Stmt.StateUpdate u) {
        u.args().forEach(e -> expression(e, action));
      } else if (s instanceof Stmt.If i) {
        expression(i.cond(), action);
      } else if (s instanceof Stmt.Return r) {
        outcome(r.outcome(), action);
      } else if (s instanceof Stmt.Assert a) {
        expression(a.cond(), action);
      }
    });
  }

  /** Calls {@code action} on each expression of an outcome. */
  public static void outcome(Outcome o, Consumer<Expr> action) {
    if (o.ports() instanceof Outcome.PortList p) {
      p.ports().forEach(e -> expression(e, action));
    }
    if (o.headers() instanceof Outcome.HeaderStack h) {
      h.headers().forEach(e -> expression(e, action));
    }
  }

  /** Calls {@code action} on {@code e} and each of its subexpressions. */
  public static void expression(Expr e, Consumer<Expr> action) {
    action.accept(e);
    if (e instanceof Expr.Unary u) {
      expression(u.operand(), action);
    } else if (e instanceof Expr.Binary b) {
      expression(b.left(), action);
      expression(b.right(), action);
    } else if (e instanceof Expr.Compare c) {
      c.operands().forEach(x -> expression(x, action));
    } else if (e instanceof Expr.Logical l) {
      l.operands().forEach(x -> expression(x, action));
    } else if (e instanceof Expr.Mem m) {
      expression(m.element(), action);
      expression(m.list(), action);
    } else if (e instanceof Expr.FlagTest f) {
      expression(f.flag(), action);
      expression(f.flags(), action);
    } else if (e instanceof Expr.ListValue l) {
      l.elements().forEach(x -> expression(x, action));
    } else if (e instanceof Expr.FieldRead f) {
      expression(f.target(), action);
    } else if (e instanceof Expr.HeaderValue h) {
      h.base().ifPresent(x -> expression(x, action));
      h.fields().forEach(f -> expression(f.value(), action));
    } else if (e instanceof Expr.RecordValue r) {
      r.args().forEach(x -> expression(x, action));
    } else if (e instanceof Expr.RecordHash h) {
      expression(h.record(), action);
    } else if (e instanceof Expr.StateCall c) {
      c.args().forEach(x -> expression(x, action));
    }
  }
}
