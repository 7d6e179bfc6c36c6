package dev.vigor.engine.spec.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a spec as the checker understood it, in the spec language itself: imported properties
 * inlined, Vigor's implicit else branches written out, aliases and sugar replaced by canonical
 * names and method calls, every operation parenthesised. The text checks again to the same IR.
 */
public final class SpecPrinter {
  private static final String INDENT = "    ";

  private SpecPrinter() {}

  /** The whole spec, starting with its state imports. */
  public static String print(Spec spec) {
    StringBuilder b = new StringBuilder();
    if (!spec.stateObjects().isEmpty()) {
      b.append("from state import ").append(String.join(", ", spec.stateObjects().keySet())).append('\n');
    }
    block(spec.body(), 0, b);
    return b.toString();
  }

  private static void block(List<Stmt> block, int depth, StringBuilder b) {
    if (block.isEmpty() && depth > 0) {
      // An empty branch (e.g. one holding only imports) must still be a block; this is a no-op.
      line(depth, "assert True", b);
    }
    for (Stmt s : block) {
      statement(s, depth, b);
    }
  }

  private static void statement(Stmt s, int depth, StringBuilder b) {
    if (s instanceof Stmt.Assign a) {
      line(depth, a.name() + " = " + expr(a.value()), b);
    } else if (s instanceof Stmt.PopHeader p) {
      String call = "pop_header(" + p.header().specName() + ", on_mismatch=" + outcome(p.onMismatch()) + ")";
      line(depth, p.var().map(v -> v + " = " + call).orElse(call), b);
    } else if (s instanceof Stmt.StateUpdate u) {
      line(depth, u.object() + "." + u.method().specName() + "(" + list(u.args()) + ")", b);
    } else if (s instanceof Stmt.If i) {
      line(depth, "if " + expr(i.cond()) + ":", b);
      block(i.then(), depth + 1, b);
      if (!i.otherwise().isEmpty()) {
        line(depth, "else:", b);
        block(i.otherwise(), depth + 1, b);
      }
    } else if (s instanceof Stmt.Return r) {
      line(depth, "return " + outcome(r.outcome()), b);
    } else if (s instanceof Stmt.Pass) {
      line(depth, "pass", b);
    } else if (s instanceof Stmt.Assert a) {
      line(depth, "assert " + expr(a.cond()), b);
    }
  }

  private static void line(int depth, String text, StringBuilder b) {
    b.append(INDENT.repeat(depth)).append(text).append('\n');
  }

  /** An outcome as {@code (ports, headers)}. */
  public static String outcome(Outcome o) {
    String ports = o.ports() instanceof Outcome.PortList p ? "[" + list(p.ports()) + "]" : "BROADCAST";
    String headers = o.headers() instanceof Outcome.HeaderStack h ? "[" + list(h.headers()) + "]" : "pkt";
    return "(" + ports + ", " + headers + ")";
  }

  private static String list(List<Expr> es) {
    return es.stream().map(SpecPrinter::expr).collect(Collectors.joining(", "));
  }

  /** An expression, fully parenthesised. */
  public static String expr(Expr e) {
    if (e instanceof Expr.IntLit i) {
      return i.value().signum() < 0 ? "(" + i.value() + ")" : i.value().toString();
    }
    if (e instanceof Expr.BoolLit bl) {
      return bl.value() ? "True" : "False";
    }
    if (e instanceof Expr.Wildcard) {
      return "...";
    }
    if (e instanceof Expr.InputRef in) {
      return in.input().specName();
    }
    if (e instanceof Expr.ConfigRef c) {
      return c.name();
    }
    if (e instanceof Expr.FlagConst f) {
      return f.name();
    }
    if (e instanceof Expr.VarRef v) {
      return v.name();
    }
    if (e instanceof Expr.StateRef s) {
      return s.object();
    }
    if (e instanceof Expr.Unary u) {
      return "(" + u.op().symbol() + (u.op() == Expr.UnaryOp.NOT ? " " : "") + expr(u.operand()) + ")";
    }
    if (e instanceof Expr.Binary bin) {
      return "(" + expr(bin.left()) + " " + bin.op().symbol() + " " + expr(bin.right()) + ")";
    }
    if (e instanceof Expr.Compare c) {
      StringBuilder b = new StringBuilder("(").append(expr(c.operands().get(0)));
      for (int k = 0; k < c.ops().size(); k++) {
        b.append(' ').append(c.ops().get(k).symbol()).append(' ').append(expr(c.operands().get(k + 1)));
      }
      return b.append(')').toString();
    }
    if (e instanceof Expr.Logical l) {
      String op = l.op() == Expr.LogicalOp.AND ? " and " : " or ";
      return "(" + l.operands().stream().map(SpecPrinter::expr).collect(Collectors.joining(op)) + ")";
    }
    if (e instanceof Expr.Mem m) {
      return "mem(" + expr(m.element()) + ", " + expr(m.list()) + ")";
    }
    if (e instanceof Expr.HasHeader h) {
      return "has_header(" + h.header().specName() + ")";
    }
    if (e instanceof Expr.FlagTest f) {
      return "(" + expr(f.flag()) + " in " + expr(f.flags()) + ")";
    }
    if (e instanceof Expr.ListValue l) {
      return "[" + list(l.elements()) + "]";
    }
    if (e instanceof Expr.FieldRead f) {
      return expr(f.target()) + "." + f.field();
    }
    if (e instanceof Expr.HeaderValue h) {
      StringBuilder b = new StringBuilder(h.header().specName()).append('(');
      String sep = "";
      if (h.base().isPresent()) {
        b.append(expr(h.base().get()));
        sep = ", ";
      }
      for (Expr.FieldValue f : h.fields()) {
        b.append(sep).append(f.field()).append('=').append(expr(f.value()));
        sep = ", ";
      }
      return b.append(')').toString();
    }
    if (e instanceof Expr.RecordValue r) {
      return r.spelled() + "(" + list(r.args()) + ")";
    }
    if (e instanceof Expr.RecordHash h) {
      return "_" + h.recordType() + "_hash(" + expr(h.record()) + ")";
    }
    if (e instanceof Expr.StateCall c) {
      return c.object() + "." + c.method().specName() + "(" + list(c.args()) + ")";
    }
    throw new IllegalStateException("unprintable expression " + e);
  }

}
