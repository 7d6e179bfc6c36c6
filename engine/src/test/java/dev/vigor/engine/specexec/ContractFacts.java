package dev.vigor.engine.specexec;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.Terms;
import dev.vigor.libvig.contract.VectorContract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A symbolic state that looks like a concrete {@link AbstractState} at the points, for tests. */
final class ContractFacts {
  private final Context ctx;
  private final Terms t;

  ContractFacts(Context ctx) {
    this.ctx = ctx;
    this.t = new Terms(ctx);
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
