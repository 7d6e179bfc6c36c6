package dev.vigor.engine.specexec;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import dev.vigor.libvig.contract.Points;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One symbolic path of a spec: the decisions that lead to it (each with its spec location), how
 * it ends, each imported object's final state term, the asserts that must hold on it, the side
 * conditions under which its values are meaningful, and the keys and indices it applies to each
 * object (as contract {@link Points}, for axiom instantiation), and its state updates as contract
 * steps (for their postconditions).
 */
public record SpecPath(
    List<Decision<BoolExpr>> decisions,
    SpecOutcome<Expr<IntSort>> outcome,
    Map<String, Expr<?>> finalStates,
    List<Located<BoolExpr>> asserts,
    List<Located<BoolExpr>> sideConditions,
    Map<String, Points> points,
    List<ContractStep> steps) {
  public SpecPath {
    decisions = List.copyOf(decisions);
    finalStates = Collections.unmodifiableMap(new LinkedHashMap<>(finalStates));
    asserts = List.copyOf(asserts);
    sideConditions = List.copyOf(sideConditions);
    points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    steps = List.copyOf(steps);
  }

  /** The path's constraints, one per decision: the condition or its negation. */
  public List<BoolExpr> conditions(Context ctx) {
    List<BoolExpr> out = new ArrayList<>();
    for (Decision<BoolExpr> d : decisions) {
      out.add(d.taken() ? d.condition() : ctx.mkNot(d.condition()));
    }
    return out;
  }

  /** The conjunction of {@link #conditions}. */
  public BoolExpr condition(Context ctx) {
    List<BoolExpr> c = conditions(ctx);
    return c.isEmpty() ? ctx.mkTrue() : ctx.mkAnd(c.toArray(new BoolExpr[0]));
  }

  /** Whether the path releases everything ({@code pass}). */
  public boolean released() {
    return outcome instanceof SpecOutcome.Released;
  }
}
