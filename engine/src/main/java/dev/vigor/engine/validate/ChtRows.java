package dev.vigor.engine.validate;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.specexec.SymbolicState;
import dev.vigor.libvig.contract.Points;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a counterexample model needs of the NF's chts to replay: each row the path reads is the
 * table nf_init filled (not any permutation), and every backend's entry in the backends emap is
 * instantiated, so the model's choice is the one the concrete cht makes.
 */
final class ChtRows {
  private ChtRows() {}

  /** The points with every backend number (0..backend_capacity-1) added as an index everywhere. */
  static Map<String, Points> withBackends(Context ctx, StateObjects objects, Map<String, Points> points) {
    Set<Expr<?>> extra = new LinkedHashSet<>();
    for (SymbolicState s : objects.byCName.values()) {
      if (s instanceof SymbolicState.Cht c) {
        for (int b = 0; b < c.contract().vocabulary().backendCapacity(); b++) {
          extra.add(ctx.mkBV(b, 32));
        }
      }
    }
    Map<String, Points> out = new LinkedHashMap<>();
    points.forEach((name, p) -> {
      List<Expr<?>> indices = new ArrayList<>(p.indices());
      extra.stream().filter(x -> !indices.contains(x)).forEach(indices::add);
      out.put(name, Points.of(p.keys(), indices));
    });
    return out;
  }

  /** Each cht's rows at its slot points are the filled table's. */
  static List<BoolExpr> pins(StateObjects objects, Map<String, Points> points) {
    List<BoolExpr> out = new ArrayList<>();
    objects.byCName.forEach((name, s) -> {
      if (s instanceof SymbolicState.Cht c && points.containsKey(name)) {
        out.add(c.contract().pinned(c.pre(), points.get(name)));
      }
    });
    return out;
  }
}
