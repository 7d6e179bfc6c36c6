package dev.vigor.engine.specexec;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.Points;
import dev.vigor.libvig.contract.Terms;
import dev.vigor.libvig.contract.VectorContract;
import java.util.ArrayList;
import java.util.List;

/**
 * Final-state equality of two state terms of one object, observed at points (validator-notes:
 * the terms agree on every mentioned key and index and on fresh witnesses; identical terms are
 * equal without a query). Observed through the contract's observers, so it is as strong as the
 * points it is given. Sizes are not compared: they follow from the entries, but the contracts
 * leave the size after an expiry open (its count is a fresh result), so stating them would
 * report states with the same entries as different.
 */
public final class FinalStateEquality {
  private FinalStateEquality() {}

  /** The two states look the same at {@code points}; {@code true} when they are the same term. */
  public static BoolExpr equal(Context ctx, SymbolicState object, Expr<?> a, Expr<?> b, Points points) {
    if (a.equals(b)) {
      return ctx.mkTrue();
    }
    Terms t = new Terms(ctx);
    List<BoolExpr> c = new ArrayList<>();
    if (object instanceof SymbolicState.Emap e) {
      EmapContract m = e.contract();
      for (Expr<?> k : points.keys()) {
        c.add(t.iff(m.has(a, k), m.has(b, k)));
        c.add(t.implies(m.has(a, k), t.eq(m.idx(a, k), m.idx(b, k))));
      }
      for (Expr<?> i : points.indices()) {
        c.add(t.iff(m.hasIdx(a, i), m.hasIdx(b, i)));
        c.add(t.implies(m.hasIdx(a, i),
            t.and(t.eq(m.key(a, i), m.key(b, i)), t.eq(m.time(a, i), m.time(b, i)))));
      }
    } else if (object instanceof SymbolicState.Vector v) {
      VectorContract m = v.contract();
      int capacity = m.vocabulary().capacity();
      for (Expr<?> i : points.indices()) {
        c.add(t.implies(t.inRange(i, capacity), t.eq(m.get(a, i), m.get(b, i))));
      }
    } else if (object instanceof SymbolicState.Lpm l) {
      // the same matches (found, value, length) at every address point, the same size
      c.add(l.contract().agree(a, b, points));
    } else if (object instanceof SymbolicState.Map mp) {
      MapContract m = mp.contract();
      for (Expr<?> k : points.keys()) {
        c.add(t.iff(m.has(a, k), m.has(b, k)));
        c.add(t.implies(m.has(a, k), t.eq(m.get(a, k), m.get(b, k))));
      }
    }
    return t.and(c);
  }

  /** {@code points} plus one fresh key and one fresh index of the object's sorts, named from prefix. */
  public static Points withWitnesses(Context ctx, SymbolicState object, Points points, String prefix) {
    Points p = points.withIndices(ctx.mkBVConst(prefix + ".witness_index", Terms.INDEX_BITS));
    if (object instanceof SymbolicState.Emap e) {
      return p.withKeys(ctx.mkConst(prefix + ".witness_key", e.contract().vocabulary().keySort()));
    }
    if (object instanceof SymbolicState.Map m) {
      return p.withKeys(ctx.mkConst(prefix + ".witness_key", m.contract().vocabulary().keySort()));
    }
    if (object instanceof SymbolicState.Lpm) {
      return p.withKeys(ctx.mkBVConst(prefix + ".witness_key", 32));
    }
    return p;
  }
}
