package dev.vigor.engine.specexec;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.EmapVocabulary;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.Terms;
import dev.vigor.libvig.contract.VectorContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the tests assume of symbolic states, the way the validator will: each operation's contract
 * postcondition for every operation term inside a state, and a pre-state that looks like a
 * concrete {@link AbstractState} at the points.
 */
final class ContractFacts {
  private final Context ctx;
  private final Terms t;
  private int fresh;

  ContractFacts(Context ctx) {
    this.ctx = ctx;
    this.t = new Terms(ctx);
  }

  /** The postconditions of every operation application inside {@code state}. */
  List<BoolExpr> posts(SymbolicState object, Expr<?> state, Points points) {
    List<BoolExpr> out = new ArrayList<>();
    collect(object, state, points, out);
    return out;
  }

  private void collect(SymbolicState object, Expr<?> s1, Points p, List<BoolExpr> out) {
    if (!s1.isApp() || s1.getNumArgs() == 0) {
      return;
    }
    Expr<?>[] a = s1.getArgs();
    Expr<?> s = a[0];
    FuncDecl<?> f = s1.getFuncDecl();
    if (object instanceof SymbolicState.Emap e) {
      EmapVocabulary v = e.contract().vocabulary();
      EmapContract c = e.contract();
      if (f.equals(v.expire())) {
        out.add(c.operation("emap_expire").orElseThrow().postcondition(s, s1, List.of(a[1]),
            List.of(ctx.mkBVConst("expired" + fresh++, 32)), p));
      } else if (f.equals(v.add())) {
        out.add(c.operation("emap_add").orElseThrow().postcondition(s, s1, List.of(a[1], a[3]),
            List.of(ctx.mkTrue(), a[2]), p));
      } else if (f.equals(v.refresh())) {
        out.add(c.operation("emap_refresh").orElseThrow().postcondition(s, s1,
            List.of(a[1], a[2]), List.of(), p));
      } else if (f.equals(v.erase())) {
        out.add(c.operation("emap_erase").orElseThrow().postcondition(s, s1, List.of(a[1]),
            List.of(), p));
      } else {
        return;
      }
    } else if (object instanceof SymbolicState.Vector vec
        && f.equals(vec.contract().vocabulary().set())) {
      out.add(vec.contract().operation("vector_set").orElseThrow().postcondition(s, s1,
          List.of(a[1], a[2]), List.of(), p));
    } else if (object instanceof SymbolicState.Map m && f.equals(m.contract().vocabulary().put())) {
      out.add(m.contract().operation("map_put").orElseThrow().postcondition(s, s1,
          List.of(a[1], a[2]), List.of(), p));
    } else if (object instanceof SymbolicState.Map m
        && f.equals(m.contract().vocabulary().erase())) {
      out.add(m.contract().operation("map_erase").orElseThrow().postcondition(s, s1,
          List.of(a[1]), List.of(), p));
    } else {
      return;
    }
    collect(object, s, p, out);
  }

  /** {@code state} looks like {@code model} at the points (sizes too, when {@code withSize}). */
  BoolExpr looksLike(SymbolicState object, Expr<?> state, AbstractState model, Points p,
      boolean withSize) {
    List<BoolExpr> c = new ArrayList<>();
    if (object instanceof SymbolicState.Emap e && model instanceof AbstractState.Emap m) {
      EmapContract k = e.contract();
      if (withSize) {
        c.add(t.eq(k.size(state), t.index(m.entries().size())));
        c.add(t.iff(k.full(state), t.truth(m.full())));
      }
      for (Expr<?> key : p.keys()) {
        List<BoolExpr> stored = new ArrayList<>();
        for (Map.Entry<Integer, AbstractState.Entry> en : m.entries().entrySet()) {
          BoolExpr here = t.eq(key, bits(en.getValue().key()));
          stored.add(here);
          c.add(t.implies(here, t.eq(k.idx(state, key), t.index(en.getKey()))));
        }
        c.add(t.iff(k.has(state, key), t.or(stored)));
      }
      for (Expr<?> i : p.indices()) {
        List<BoolExpr> allocated = new ArrayList<>();
        for (Map.Entry<Integer, AbstractState.Entry> en : m.entries().entrySet()) {
          BoolExpr here = t.eq(i, t.index(en.getKey()));
          allocated.add(here);
          c.add(t.implies(here, t.and(t.eq(k.key(state, i), bits(en.getValue().key())),
              t.eq(k.time(state, i), t.time(en.getValue().time())))));
        }
        c.add(t.iff(k.hasIdx(state, i), t.or(allocated)));
      }
    } else if (object instanceof SymbolicState.Vector v && model instanceof AbstractState.Vector m) {
      VectorContract k = v.contract();
      for (Expr<?> i : p.indices()) {
        BoolExpr set = ctx.mkFalse();
        for (Map.Entry<Integer, BigInteger> cell : m.cells().entrySet()) {
          BoolExpr here = t.eq(i, t.index(cell.getKey()));
          set = t.or(set, here);
          c.add(t.implies(here, t.eq(k.get(state, i), bits(m.get(cell.getKey())))));
        }
        c.add(t.implies(t.and(t.inRange(i, m.capacity()), t.not(set)),
            t.eq(k.get(state, i), bits(new Bits(BigInteger.ZERO, m.elementBits())))));
      }
    } else if (object instanceof SymbolicState.Map mp && model instanceof AbstractState.MapState m) {
      MapContract k = mp.contract();
      if (withSize) {
        c.add(t.eq(k.size(state), t.index(m.entries().size())));
        c.add(t.iff(k.full(state), t.truth(m.full())));
      }
      for (Expr<?> key : p.keys()) {
        List<BoolExpr> stored = new ArrayList<>();
        for (Map.Entry<Bits, Bits> en : m.entries().entrySet()) {
          BoolExpr here = t.eq(key, bits(en.getKey()));
          stored.add(here);
          c.add(t.implies(here, t.eq(k.get(state, key), bits(en.getValue()))));
        }
        c.add(t.iff(k.has(state, key), t.or(stored)));
      }
    } else {
      throw new IllegalArgumentException(object + " vs " + model);
    }
    return t.and(c);
  }

  Expr<?> bits(Bits b) {
    return ctx.mkBV(b.value().toString(), b.width());
  }
}
