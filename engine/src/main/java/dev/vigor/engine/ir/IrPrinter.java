package dev.vigor.engine.ir;

import java.util.List;
import java.util.stream.Collectors;

/** Renders IR as C-like text with every conversion visible, for debugging, golden tests and trace views. */
public final class IrPrinter {
  private final StringBuilder out = new StringBuilder();

  private IrPrinter() {}

  /** The whole program: objects, constant globals, then functions by name. */
  public static String print(Program p) {
    IrPrinter pr = new IrPrinter();
    for (LibVigObject o : p.objects()) {
      pr.out.append(o.kind().form()).append(' ').append(o.name()).append(" capacity ").append(o.capacity());
      if (o.keyType() != null) {
        pr.out.append(" key ").append(o.keyType().cName());
      }
      if (o.valueType() != null) {
        pr.out.append(" value ").append(o.valueType().cName());
      }
      if (o.bound() != null) {
        pr.out.append(" bound ").append(expr(o.bound()));
      }
      if (o.exportName() != null) {
        pr.out.append(" exported as \"").append(o.exportName()).append('"');
      }
      pr.out.append('\n');
    }
    p.globals().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(g ->
        pr.out.append("const ").append(g.type().cName()).append(' ').append(g.name())
            .append(g.config() ? " = <nf.properties>" : " = " + g.init()).append('\n'));
    p.functions().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(f -> pr.function(f));
    return pr.out.toString();
  }

  /** One function. */
  public static String print(Function f) {
    IrPrinter pr = new IrPrinter();
    pr.function(f);
    return pr.out.toString();
  }

  private void function(Function f) {
    out.append(f.returnType().cName()).append(' ').append(f.name()).append('(')
        .append(f.params().stream().map(l -> l.type().cName() + " " + l.name()).collect(Collectors.joining(", ")))
        .append(") {\n");
    for (Function.Local l : f.locals()) {
      out.append("  ").append(l.type().cName()).append(' ').append(l.name()).append(";\n");
    }
    block(f.body(), 1);
    out.append("}\n");
  }

  private void block(List<Stmt> body, int depth) {
    for (Stmt s : body) {
      stmt(s, depth);
    }
  }

  private void stmt(Stmt s, int depth) {
    String ind = "  ".repeat(depth);
    if (s instanceof Stmt.Store st) {
      out.append(ind).append(lvalue(st.address())).append(" = ").append(expr(st.value())).append(";\n");
    } else if (s instanceof Stmt.If i) {
      out.append(ind).append("if (").append(expr(i.cond())).append(") {\n");
      block(i.then(), depth + 1);
      if (!i.otherwise().isEmpty()) {
        out.append(ind).append("} else {\n");
        block(i.otherwise(), depth + 1);
      }
      out.append(ind).append("}\n");
    } else if (s instanceof Stmt.Loop l) {
      out.append(ind).append("loop max ").append(l.maxIterations()).append(" /* ").append(l.bound()).append(" */ {\n");
      block(l.header(), depth + 1);
      out.append(ind).append("  ").append(l.testFirst() ? "while " : "do-while ").append(expr(l.test())).append(";\n");
      block(l.body(), depth + 1);
      if (!l.step().isEmpty()) {
        out.append(ind).append("  step:\n");
        block(l.step(), depth + 1);
      }
      out.append(ind).append("}\n");
    } else if (s instanceof Stmt.Break) {
      out.append(ind).append("break;\n");
    } else if (s instanceof Stmt.Continue) {
      out.append(ind).append("continue;\n");
    } else if (s instanceof Stmt.Return r) {
      out.append(ind).append("return").append(r.value() == null ? "" : " " + expr(r.value())).append(";\n");
    } else if (s instanceof Stmt.Call c) {
      out.append(ind).append(c.resultAddress() == null ? "" : lvalue(c.resultAddress()) + " = ")
          .append(c.function()).append('(').append(args(c.args())).append(");\n");
    } else if (s instanceof Stmt.LibVigCall c) {
      out.append(ind).append(c.resultAddress() == null ? "" : lvalue(c.resultAddress()) + " = ")
          .append("libvig ").append(c.function()).append('(').append(args(c.args())).append(");\n");
    } else if (s instanceof Stmt.Intrinsic c) {
      out.append(ind).append(c.resultAddress() == null ? "" : lvalue(c.resultAddress()) + " = ")
          .append("intrinsic ").append(c.function()).append('(').append(args(c.args())).append(");\n");
    }
  }

  private static String args(List<Expr> args) {
    return args.stream().map(IrPrinter::expr).collect(Collectors.joining(", "));
  }

  /** The object at address, C-style. */
  static String lvalue(Expr a) {
    if (a instanceof Expr.LocalAddress l) {
      return l.local();
    }
    if (a instanceof Expr.GlobalAddress g) {
      return g.global();
    }
    if (a instanceof Expr.BoundElement) {
      return "element";
    }
    if (a instanceof Expr.FieldAddress f) {
      return designates(f.base()) ? lvalue(f.base()) + "." + f.field() : expr(f.base()) + "->" + f.field();
    }
    if (a instanceof Expr.ElementAddress e && e.arrayLength() >= 0) {
      return (designates(e.base()) ? lvalue(e.base()) : "(*" + expr(e.base()) + ")")
          + "[" + expr(e.index()) + " /* < " + e.arrayLength() + " */]";
    }
    return "*" + expr(a);
  }

  /** Whether address names an object directly (a variable, or a member/element of one), so no '*' is needed. */
  private static boolean designates(Expr a) {
    return a instanceof Expr.LocalAddress || a instanceof Expr.GlobalAddress || a instanceof Expr.BoundElement
        || a instanceof Expr.FieldAddress || (a instanceof Expr.ElementAddress e && e.arrayLength() >= 0);
  }

  /** An expression, C-style, with conversions as casts. */
  public static String expr(Expr e) {
    if (e instanceof Expr.IntConst c) {
      return c.type().equals(CType.INT) ? c.value().toString() : "(" + c.type().cName() + ")" + c.value();
    }
    if (e instanceof Expr.NullPointer) {
      return "NULL";
    }
    if (e instanceof Expr.Zero z) {
      return "(" + z.type().cName() + "){0}";
    }
    if (e instanceof Expr.Load l) {
      return lvalue(l.address());
    }
    if (e instanceof Expr.ObjectRef o) {
      return o.object();
    }
    if (e instanceof Expr.BoundNow) {
      return "now";
    }
    if (e instanceof Expr.LocalAddress || e instanceof Expr.GlobalAddress || e instanceof Expr.BoundElement
        || e instanceof Expr.FieldAddress || (e instanceof Expr.ElementAddress ea && ea.arrayLength() >= 0)) {
      return "&" + lvalue(e);
    }
    if (e instanceof Expr.ElementAddress ea) {
      return "(" + expr(ea.base()) + " + " + expr(ea.index()) + ")";
    }
    if (e instanceof Expr.Unary u) {
      return (u.op() == Expr.UnaryOp.NEG ? "-" : "~") + expr(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return "(" + expr(b.left()) + " " + symbol(b.op()) + " " + expr(b.right()) + ")";
    }
    if (e instanceof Expr.Conditional c) {
      return "(" + expr(c.cond()) + " ? " + expr(c.then()) + " : " + expr(c.otherwise()) + ")";
    }
    Expr.Convert c = (Expr.Convert) e;
    return "(" + c.type().cName() + ")" + expr(c.operand());
  }

  private static String symbol(Expr.BinaryOp op) {
    switch (op) {
      case ADD: return "+";
      case SUB: return "-";
      case MUL: return "*";
      case DIV: return "/";
      case REM: return "%";
      case SHL: return "<<";
      case SHR: return ">>";
      case BIT_AND: return "&";
      case BIT_OR: return "|";
      case BIT_XOR: return "^";
      case LT: return "<";
      case LE: return "<=";
      case GT: return ">";
      case GE: return ">=";
      case EQ: return "==";
      case NE: return "!=";
      case LOGICAL_AND: return "&&";
      default: return "||";
    }
  }
}
