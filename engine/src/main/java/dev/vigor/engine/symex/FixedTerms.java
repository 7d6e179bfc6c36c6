package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms a path's conditions fix to a constant ({@code x == 0x45}), and terms rewritten with
 * them (KLEE's implied-value concretization): packet offsets, the conditions symbolic execution
 * tries to settle without Z3, and the received bytes a spec reads. A header at
 * {@code 14 + 4 * ihl} on a path where the NF checked the IHL byte is then at a constant offset,
 * and Z3 compares bytes instead of reasoning about an array read at a symbolic index. Sound: on
 * every run of the path the term equals its constant, and the equality stays in the path
 * condition, so models still give it its value. Of the NF's values only received bytes are
 * rewritten (a protocol byte the NF checked is then the same constant in its flow key as in the
 * spec's); other terms keep their form and only positions and settled answers depend on them.
 */
public final class FixedTerms {
  private final Context ctx;
  private final Map<Expr<?>, Expr<?>> values = new LinkedHashMap<>();
  private Expr<?>[] from = new Expr<?>[0];
  private Expr<?>[] to = new Expr<?>[0];
  /** Terms rewritten so far: replays and specs read the same offsets many times. */
  private final Map<Expr<?>, Expr<?>> rewritten = new java.util.HashMap<>();
  /**
   * Boolean constants the conditions fix (a call's success flag), and constants facts define (a
   * call's index result as the table's index of its key): only for {@link #settled}, never in a
   * received byte.
   */
  private final Map<Expr<?>, Expr<?>> flags = new LinkedHashMap<>();
  private Expr<?>[] settleFrom;
  private Expr<?>[] settleTo;
  private final Map<Expr<?>, Expr<?>> settled = new java.util.HashMap<>();

  public FixedTerms(Context ctx) {
    this.ctx = ctx;
  }

  /** The terms fixed by conditions that hold together (a trace's path condition). */
  public static FixedTerms of(Context ctx, List<BoolExpr> conditions) {
    return of(ctx, conditions, c -> (BoolExpr) c.simplify());
  }

  /**
   * As {@link #of(Context, List)}, each condition simplified by simplify (which may remember
   * conditions the traces before shared: a trace's path condition mostly begins as theirs).
   */
  public static FixedTerms of(Context ctx, List<BoolExpr> conditions,
      java.util.function.UnaryOperator<BoolExpr> simplify) {
    FixedTerms f = new FixedTerms(ctx);
    conditions.forEach(c -> f.learn(simplify.apply(c)));
    return f;
  }

  /** Learns what a condition (simplified, holding wherever later terms are rewritten) fixes. */
  public void learn(BoolExpr c) {
    int before = values.size();
    int flagsBefore = flags.size();
    collect(c);
    if (values.size() != before) {
      from = values.keySet().toArray(new Expr<?>[0]);
      to = values.values().toArray(new Expr<?>[0]);
      rewritten.clear();
    }
    if (values.size() != before || flags.size() != flagsBefore) {
      settleFrom = null;
      settled.clear();
    }
  }

  /** Calls f on each conjunct of c, nested conjunctions flattened. */
  private static void eachConjunct(Expr<?> c, java.util.function.Consumer<Expr<?>> f) {
    if (c.isAnd()) {
      for (Expr<?> a : c.getArgs()) {
        eachConjunct(a, f);
      }
    } else {
      f.accept(c);
    }
  }

  private void collect(Expr<?> conjunction) {
    eachConjunct(conjunction, this::collectOne);
  }

  private void collectOne(Expr<?> c) {
    if (isFlag(c)) {
      flags.putIfAbsent(c, ctx.mkTrue());
      return;
    }
    if (c.isNot() && isFlag(c.getArgs()[0])) {
      flags.putIfAbsent(c.getArgs()[0], ctx.mkFalse());
      return;
    }
    if (!c.isEq() || c.getNumArgs() != 2) {
      return;
    }
    Expr<?> a = c.getArgs()[0];
    Expr<?> b = c.getArgs()[1];
    if (a instanceof BitVecNum n && !(b instanceof BitVecNum)) {
      fix((BitVecExpr) b, n.getBigInteger());
    } else if (b instanceof BitVecNum n && !(a instanceof BitVecNum)) {
      fix((BitVecExpr) a, n.getBigInteger());
    }
  }

  private void fix(BitVecExpr t, BigInteger v) {
    values.putIfAbsent(t, ctx.mkBV(v.toString(), t.getSortSize()));
    // a promoted value (zero high bits) also fixes what was promoted
    if (t.isBVConcat() && t.getNumArgs() == 2 && t.getArgs()[0] instanceof BitVecNum high
        && high.getBigInteger().signum() == 0) {
      BitVecExpr low = (BitVecExpr) t.getArgs()[1];
      if (v.bitLength() <= low.getSortSize()) {
        fix(low, v);
      }
    }
  }

  /**
   * Learns what a fact holding on every run defines once the fixed terms are put in: from a
   * call's contract {@code (found <=> has(s, k)) && (found => index == idx(s, k))} on a path
   * where the call found its key, that {@code index} is {@code idx(s, k)}.
   */
  public void learnDefinitions(BoolExpr fact) {
    int before = flags.size();
    eachConjunct(settled(fact), this::define);
    if (flags.size() != before) {
      settleFrom = null;
      settled.clear();
    }
  }

  private void define(Expr<?> c) {
    if (!c.isEq() || c.getNumArgs() != 2) {
      return;
    }
    Expr<?> a = c.getArgs()[0];
    Expr<?> b = c.getArgs()[1];
    if (isDefinable(a) && !b.isConst() && !b.isNumeral()) {
      flags.putIfAbsent(a, b);
    } else if (isDefinable(b) && !a.isConst() && !a.isNumeral()) {
      flags.putIfAbsent(b, a);
    }
  }

  private boolean isDefinable(Expr<?> e) {
    return e.isConst() && !e.isNumeral() && !values.containsKey(e);
  }

  /** A boolean constant of its own (a call's flag); true and false are 0-ary too. */
  private static boolean isFlag(Expr<?> e) {
    return e.isConst() && e.isBool() && !e.isTrue() && !e.isFalse();
  }

  /**
   * e with every fixed term and every fixed boolean constant replaced by its value, simplified:
   * a term equal to e on every run (the NF's table after an add whose success the path fixed is
   * the add itself, not a choice between it and the table before).
   */
  public Expr<?> settled(Expr<?> e) {
    if (e.isNumeral() || e.isTrue() || e.isFalse()) {
      return e;
    }
    if (settleFrom == null) {
      List<Expr<?>> f = new ArrayList<>(values.keySet());
      List<Expr<?>> t = new ArrayList<>(values.values());
      f.addAll(flags.keySet());
      t.addAll(flags.values());
      settleFrom = f.toArray(new Expr<?>[0]);
      settleTo = t.toArray(new Expr<?>[0]);
    }
    return settled.computeIfAbsent(e, x -> x.substitute(settleFrom, settleTo).simplify());
  }

  /** Whether a and b are equal on every run: the same term once the fixed terms are put in. */
  public boolean sameOnEveryRun(Expr<?> a, Expr<?> b) {
    return a.equals(b) || settled(a).equals(settled(b));
  }

  /** The offset with every fixed term replaced by its value, simplified. */
  public BitVecExpr offset(BitVecExpr e) {
    return (BitVecExpr) rewritten(e);
  }

  /** e with every fixed term replaced by its value, simplified (e itself when none is fixed). */
  public Expr<?> rewritten(Expr<?> e) {
    if (values.isEmpty() || e.isNumeral() || e.isTrue() || e.isFalse()) {
      return e;
    }
    return rewritten.computeIfAbsent(e, x -> x.substitute(from, to).simplify());
  }
}
