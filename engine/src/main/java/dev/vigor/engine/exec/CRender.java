package dev.vigor.engine.exec;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import java.util.Map;

/**
 * Renders IR expressions back in C syntax for people (execution tree conditions, messages). It
 * undoes the lowering's explicit conversions and address arithmetic where C would not show them;
 * compiler temporaries show as the call they hold, when known.
 */
public final class CRender {
  private final Map<String, String> localNames;

  /** A renderer for expressions of fn (locals by their source names). */
  public CRender(Function fn) {
    Map<String, String> names = new java.util.HashMap<>();
    if (fn != null) {
      fn.params().forEach(l -> names.put(l.name(), l.sourceName()));
      fn.locals().forEach(l -> names.put(l.name(), l.temporary() ? "(value computed at " + l.loc().line() + ":" + l.loc().column() + ")" : l.sourceName()));
    }
    this.localNames = names;
    if (fn != null) {
      nameTemporaries(fn.body());
    }
  }

  /** A temporary holding a call's result renders as the call, e.g. {@code htons(2048)}. */
  private void nameTemporaries(java.util.List<dev.vigor.engine.ir.Stmt> block) {
    for (dev.vigor.engine.ir.Stmt s : block) {
      if (s instanceof dev.vigor.engine.ir.Stmt.Call c && c.resultAddress() instanceof Expr.LocalAddress a) {
        localNames.put(a.local(), c.function() + "(" + String.join(", ", c.args().stream().map(this::render).toList()) + ")");
      } else if (s instanceof dev.vigor.engine.ir.Stmt.LibVigCall c && c.resultAddress() instanceof Expr.LocalAddress a) {
        localNames.put(a.local(), c.function() + "(" + String.join(", ", c.args().stream().map(this::render).toList()) + ")");
      } else if (s instanceof dev.vigor.engine.ir.Stmt.Intrinsic c && c.resultAddress() instanceof Expr.LocalAddress a) {
        localNames.put(a.local(), c.function() + "(" + String.join(", ", c.args().stream().map(this::render).toList()) + ")");
      } else if (s instanceof dev.vigor.engine.ir.Stmt.If i) {
        nameTemporaries(i.then());
        nameTemporaries(i.otherwise());
      } else if (s instanceof dev.vigor.engine.ir.Stmt.Loop l) {
        nameTemporaries(l.header());
        nameTemporaries(l.body());
        nameTemporaries(l.step());
      }
    }
  }

  public String render(Expr e) {
    if (e instanceof Expr.IntConst c) {
      return c.value().toString();
    } else if (e instanceof Expr.NullPointer) {
      return "NULL";
    } else if (e instanceof Expr.Zero) {
      return "0";
    } else if (e instanceof Expr.Load l) {
      return lvalue(l.address());
    } else if (e instanceof Expr.LocalAddress a) {
      return "&" + localNames.getOrDefault(a.local(), a.local());
    } else if (e instanceof Expr.GlobalAddress g) {
      return "&" + g.global();
    } else if (e instanceof Expr.ObjectRef o) {
      return o.object();
    } else if (e instanceof Expr.BoundElement) {
      return "&element";
    } else if (e instanceof Expr.BoundNow) {
      return "now";
    } else if (e instanceof Expr.FieldAddress f) {
      return "&" + lvalue(f);
    } else if (e instanceof Expr.ElementAddress a) {
      return a.arrayLength() >= 0 ? "&" + lvalue(a) : "(" + render(a.base()) + " + " + render(a.index()) + ")";
    } else if (e instanceof Expr.Unary u) {
      return (u.op() == Expr.UnaryOp.NEG ? "-" : "~") + paren(u.operand());
    } else if (e instanceof Expr.Binary b) {
      return paren(b.left()) + " " + op(b.op()) + " " + paren(b.right());
    } else if (e instanceof Expr.Conditional c) {
      return paren(c.cond()) + " ? " + paren(c.then()) + " : " + paren(c.otherwise());
    } else {
      return render(((Expr.Convert) e).operand());
    }
  }

  private String paren(Expr e) {
    Expr x = e;
    while (x instanceof Expr.Convert c) {
      x = c.operand();
    }
    String s = render(x);
    return x instanceof Expr.Binary || x instanceof Expr.Conditional ? "(" + s + ")" : s;
  }

  /** What a store to {@code address} assigns, as C names it: {@code x}, {@code p->f}, {@code a[i]}. */
  public String target(Expr address) {
    return lvalue(address);
  }

  /** The C lvalue an address denotes: {@code x}, {@code p->f}, {@code s.f}, {@code a[i]}, {@code *p}. */
  private String lvalue(Expr address) {
    if (address instanceof Expr.LocalAddress a) {
      return localNames.getOrDefault(a.local(), a.local());
    } else if (address instanceof Expr.GlobalAddress g) {
      return g.global();
    } else if (address instanceof Expr.BoundElement) {
      return "element";
    } else if (address instanceof Expr.FieldAddress f) {
      return f.base() instanceof Expr.Load || f.base() instanceof Expr.Convert
          ? paren(f.base()) + "->" + f.field()
          : lvalue(f.base()) + "." + f.field();
    } else if (address instanceof Expr.ElementAddress a) {
      return a.arrayLength() >= 0
          ? lvalue(a.base()) + "[" + render(a.index()) + "]"
          : "*(" + render(a.base()) + " + " + render(a.index()) + ")";
    } else if (address instanceof Expr.Convert c) {
      return lvalue(c.operand());
    }
    return "*" + paren(address);
  }

  private static String op(Expr.BinaryOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUB -> "-";
      case MUL -> "*";
      case DIV -> "/";
      case REM -> "%";
      case SHL -> "<<";
      case SHR -> ">>";
      case BIT_AND -> "&";
      case BIT_OR -> "|";
      case BIT_XOR -> "^";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case EQ -> "==";
      case NE -> "!=";
      case LOGICAL_AND -> "&&";
      case LOGICAL_OR -> "||";
    };
  }

  /** A C type's size in bits as an integer width (pointers: 64). */
  static int bits(CType t) {
    return (int) (t.size() * 8);
  }
}
