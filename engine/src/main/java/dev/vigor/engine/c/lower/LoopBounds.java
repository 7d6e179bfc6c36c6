package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CSubsetParser;
import dev.vigor.engine.c.parser.CSubsetParser.ExprContext;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Finds the iteration bound of a loop from its shape (the rule is documented in CSubset.g4 and
 * docs/c-subset.md): an induction variable stepped by a constant only in the loop header,
 * compared against an expression whose range is known, in a type that cannot wrap first.
 */
final class LoopBounds {
  /** Loops that may run more often than this are treated as unbounded: no engine could unroll them. */
  static final long MAX_ITERATIONS = 1L << 24;

  /** The proven bound and a human explanation of it. */
  record Bound(long maxIterations, String explanation) {}

  private final FunctionContext fn;
  private final ExprLowerer exprs;

  LoopBounds(FunctionContext fn, ExprLowerer exprs) {
    this.fn = fn;
    this.exprs = exprs;
  }

  private record Step(String variable, BigInteger delta) {}

  /**
   * The bound of a loop with condition cond and step step (an expression, or the last statement of
   * a while body); init is the induction variable's initial value when the header sets it.
   */
  Bound bound(SourceLocation loop, CSubsetParser.ExpressionContext cond, ExprContext step,
      ExprContext init, ParserRuleContext body) {
    if (cond == null) {
      throw unbounded(loop, "it has no condition");
    }
    if (step == null) {
      throw unbounded(loop, "it has no step (i++, i += K) that moves toward the condition's bound");
    }
    Step s = step(step);
    if (s == null) {
      throw unbounded(loop, "its step '" + step.getText() + "' is not i++, i--, i += K or i -= K with a constant K > 0");
    }
    FunctionContext.LocalSym sym = fn.lookup(s.variable);
    if (sym == null || !(sym.local().type() instanceof CType.Int it)) {
      throw unbounded(loop, "its step does not count an integer local variable");
    }
    CSubsetParser.BinaryExprContext test = null;
    boolean flipped = false;
    for (ExprContext c : conjuncts(cond)) {
      if (c instanceof CSubsetParser.BinaryExprContext b && isRelational(b.op.getText())) {
        if (offsetOf(b.expr(0), s.variable) != null) {
          test = b;
          break;
        }
        if (offsetOf(b.expr(1), s.variable) != null) {
          test = b;
          flipped = true;
          break;
        }
      }
    }
    if (test == null) {
      throw unbounded(loop, "its condition does not compare '" + s.variable + "' with <, <=, > or >=");
    }
    ParserRuleContext modifier = modifies(body, s.variable);
    if (modifier == null) {
      modifier = modifies(cond, s.variable);
    }
    if (modifier != null) {
      throw unbounded(loop, "'" + s.variable + "' is also changed at " + Loc.of(modifier) + "; change it only in the step");
    }
    String op = flip(test.op.getText(), flipped);
    ExprContext limitCtx = test.expr(flipped ? 0 : 1);
    boolean increasing = s.delta.signum() > 0;
    if (increasing != (op.startsWith("<"))) {
      throw unbounded(loop, "its step moves '" + s.variable + "' away from the bound in '" + test.getText() + "'");
    }
    // `i + C < E` is `i < E - C` for a constant C >= 0 (no wrap: checked below on i's type with the step)
    BigInteger plus = offsetOf(test.expr(flipped ? 1 : 0), s.variable);
    ValueRange raw = range(limitCtx);
    ValueRange limit = new ValueRange(raw.lo().subtract(plus), raw.hi().subtract(plus));
    ValueRange start = init != null ? range(init) : ValueRange.of(it);
    BigInteger k = s.delta.abs();
    BigInteger iterations;
    if (increasing) {
      BigInteger last = op.equals("<") ? limit.hi().subtract(BigInteger.ONE) : limit.hi();
      if (last.add(k).add(plus).compareTo(it.kind().max()) > 0) {
        throw new CompileError(loop, "loop never ends when '" + limitCtx.getText() + "' is " + limit.hi() + ": '"
            + s.variable + "' (" + it.cName() + ") wraps around before it gets past it; declare '" + s.variable + "' with a wider type (e.g. int)");
      }
      iterations = count(start.lo(), last, k);
    } else {
      BigInteger last = op.equals(">") ? limit.lo().add(BigInteger.ONE) : limit.lo();
      if (last.subtract(k).compareTo(it.kind().min()) < 0) {
        throw new CompileError(loop, "loop never ends when '" + limitCtx.getText() + "' is " + limit.lo() + ": '"
            + s.variable + "' (" + it.cName() + ") cannot go below it; use a signed type or stop with > instead of >=");
      }
      iterations = count(last, start.hi(), k);
    }
    if (iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
      throw unbounded(loop, "'" + limitCtx.getText() + "' can be as " + (increasing ? "large as " + limit.hi() : "small as " + limit.lo())
          + ", so it may run " + iterations + " times (the engine's limit is " + MAX_ITERATIONS + ")");
    }
    String why = "'" + s.variable + "' " + (increasing ? "from " + start.lo() + " up" : "from " + start.hi() + " down")
        + " by " + k + " while " + test.getText() + " (" + (increasing ? "at most " + limit.hi() : "at least " + limit.lo()) + ")";
    return new Bound(iterations.longValueExact(), why);
  }

  private static BigInteger count(BigInteger from, BigInteger to, BigInteger k) {
    if (to.compareTo(from) < 0) {
      return BigInteger.ZERO;
    }
    return to.subtract(from).divide(k).add(BigInteger.ONE);
  }

  static CompileError unbounded(SourceLocation loop, String why) {
    return new CompileError(loop, "loop at " + loop.file() + ":" + loop.line() + " has no visible bound: " + why
        + "; bound it by a constant (e.g. `for (int i = 0; i < N; i++)`) or by a value of a small type (e.g. a uint16_t length)");
  }

  private ValueRange range(ExprContext e) {
    Expr v = exprs.rvalue(e, new ArrayList<>());
    if (!(v.type() instanceof CType.Int)) {
      throw new CompileError(Loc.of(e), "a loop bound must be an integer, not " + v.type().cName());
    }
    return ValueRange.of(v);
  }

  private Step step(ExprContext e) {
    e = strip(e);
    if (e instanceof CSubsetParser.PostfixExprContext p && strip(p.expr()) instanceof CSubsetParser.NameExprContext n) {
      return new Step(n.getText(), p.op.getText().equals("++") ? BigInteger.ONE : BigInteger.ONE.negate());
    }
    if (e instanceof CSubsetParser.PrefixExprContext p && strip(p.expr()) instanceof CSubsetParser.NameExprContext n) {
      return new Step(n.getText(), p.op.getText().equals("++") ? BigInteger.ONE : BigInteger.ONE.negate());
    }
    if (e instanceof CSubsetParser.AssignExprContext a && strip(a.expr(0)) instanceof CSubsetParser.NameExprContext n) {
      String op = a.op.getText();
      if (op.equals("+=") || op.equals("-=")) {
        BigInteger k = constantOrNull(a.expr(1));
        return k == null || k.signum() <= 0 ? null : new Step(n.getText(), op.equals("+=") ? k : k.negate());
      }
      if (op.equals("=") && strip(a.expr(1)) instanceof CSubsetParser.BinaryExprContext b
          && (b.op.getText().equals("+") || b.op.getText().equals("-")) && isName(b.expr(0), n.getText())) {
        BigInteger k = constantOrNull(b.expr(1));
        return k == null || k.signum() <= 0 ? null : new Step(n.getText(), b.op.getText().equals("+") ? k : k.negate());
      }
    }
    return null;
  }

  private BigInteger constantOrNull(ExprContext e) {
    try {
      return exprs.constant(e);
    } catch (CompileError err) {
      return null;
    }
  }

  static ExprContext strip(ExprContext e) {
    while (e instanceof CSubsetParser.ParenExprContext p && p.expression().expr().size() == 1) {
      e = p.expression().expr(0);
    }
    return e;
  }

  /** C when e is `name` (0) or `name + C` with a constant C >= 0; null otherwise. */
  private BigInteger offsetOf(ExprContext e, String name) {
    if (isName(e, name)) {
      return BigInteger.ZERO;
    }
    if (strip(e) instanceof CSubsetParser.BinaryExprContext b && b.op.getText().equals("+") && isName(b.expr(0), name)) {
      BigInteger c = constantOrNull(b.expr(1));
      return c != null && c.signum() >= 0 ? c : null;
    }
    return null;
  }

  private static boolean isName(ExprContext e, String name) {
    return strip(e) instanceof CSubsetParser.NameExprContext n && n.getText().equals(name);
  }

  private static boolean isRelational(String op) {
    return op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=");
  }

  private static String flip(String op, boolean flipped) {
    if (!flipped) {
      return op;
    }
    switch (op) {
      case "<": return ">";
      case "<=": return ">=";
      case ">": return "<";
      default: return "<=";
    }
  }

  private static List<ExprContext> conjuncts(CSubsetParser.ExpressionContext cond) {
    List<ExprContext> out = new ArrayList<>();
    if (cond.expr().size() == 1) {
      collect(cond.expr(0), out);
    }
    return out;
  }

  private static void collect(ExprContext e, List<ExprContext> out) {
    e = strip(e);
    if (e instanceof CSubsetParser.LogicalExprContext l && l.op.getText().equals("&&")) {
      collect(l.expr(0), out);
      collect(l.expr(1), out);
    } else {
      out.add(e);
    }
  }

  /** The first place in tree that assigns, increments or takes the address of name, or null. */
  static ParserRuleContext modifies(ParseTree tree, String name) {
    if (tree == null) {
      return null;
    }
    if (tree instanceof CSubsetParser.AssignExprContext a && isName(a.expr(0), name)
        || tree instanceof CSubsetParser.PostfixExprContext p && isName(p.expr(), name)
        || tree instanceof CSubsetParser.PrefixExprContext q && isName(q.expr(), name)
        || tree instanceof CSubsetParser.UnaryExprContext u && u.op.getText().equals("&") && isName(u.expr(), name)) {
      return (ParserRuleContext) tree;
    }
    for (int i = 0; i < tree.getChildCount(); i++) {
      ParserRuleContext m = modifies(tree.getChild(i), name);
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
