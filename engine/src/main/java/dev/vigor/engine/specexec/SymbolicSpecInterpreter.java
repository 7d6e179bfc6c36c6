package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.libvig.contract.Points;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enumerates every path of a spec over Z3 terms: the shared walk ({@link SpecRun}) is run once per
 * path, following a plan of branch choices; each run's first unplanned open branch forks a new
 * plan. A condition that is literally true or false does not fork. With background facts
 * (e.g. input ranges), branches those facts make impossible are not taken (asked of Z3; an
 * {@code unknown} answer keeps the branch, so pruning never loses a path).
 */
public final class SymbolicSpecInterpreter {
  private final Spec spec;
  private final Map<String, StateShape> shapes;
  private final StructLayouts layouts;

  /** Simplified terms shared with other interpreters on the same packet, or null. */
  private TraceTerms traceTerms;

  /** Shares terms with the other specs checked on the same trace ({@link TraceTerms}). */
  public SymbolicSpecInterpreter sharing(TraceTerms terms) {
    this.traceTerms = terms;
    return this;
  }

  public SymbolicSpecInterpreter(Spec spec, Map<String, StateShape> shapes, StructLayouts layouts) {
    this.spec = spec;
    this.shapes = Map.copyOf(shapes);
    this.layouts = layouts;
  }

  /** Every path, without pruning. */
  public List<SpecPath> paths(SymbolicSpecInputs inputs) {
    return paths(inputs, List.of());
  }

  /** Every path consistent with {@code background} (none pruned when it is empty). */
  public List<SpecPath> paths(SymbolicSpecInputs inputs, List<BoolExpr> background) {
    FeasibilitySolver solver = null;
    if (!background.isEmpty()) {
      solver = new FeasibilitySolver(inputs.ctx(), inputs.ctx().mkSolver());
      solver.solver().add(background.toArray(new BoolExpr[0]));
    }
    return pathsPrunedBy(inputs, solver);
  }

  /**
   * Every path consistent with the facts {@code solver} holds (none pruned when null), so one
   * solver holding a trace's facts can prune the paths of every spec checked on that trace,
   * incrementally.
   */
  public List<SpecPath> pathsPrunedBy(SymbolicSpecInputs inputs, FeasibilitySolver solver) {
    Context ctx = inputs.ctx();
    SymbolicDomain domain = new SymbolicDomain(inputs);
    if (traceTerms != null) {
      domain.sharing(traceTerms);
    }
    if (solver != null) {
      domain.entailedBy(solver::entailed);
    }
    List<SpecPath> out = new ArrayList<>();
    Deque<List<Boolean>> plans = new ArrayDeque<>();
    plans.push(List.of());
    while (!plans.isEmpty()) {
      List<Boolean> plan = plans.pop();
      List<BoolExpr> sofar = new ArrayList<>();
      List<List<Boolean>> forks = new ArrayList<>();
      List<Boolean> taken = new ArrayList<>();
      BranchOracle<BoolExpr> oracle = (cond, at) -> {
        int k = taken.size();
        BoolExpr c = domain.simplified(cond);
        boolean choice;
        if (k < plan.size()) {
          choice = plan.get(k);
        } else if (c.isTrue() || c.isFalse()) {
          choice = c.isTrue();
        } else {
          boolean canTrue = possible(solver, sofar, cond);
          // the path so far is possible, so when the condition cannot hold its negation can
          boolean canFalse = !canTrue || possible(solver, sofar, ctx.mkNot(cond));
          choice = canTrue || !canFalse;
          if (canTrue && canFalse) {
            List<Boolean> other = new ArrayList<>(taken);
            other.add(false);
            forks.add(other);
          }
        }
        taken.add(choice);
        sofar.add(choice ? cond : ctx.mkNot(cond));
        return choice;
      };
      domain.takeSteps();
      SpecRunResult<Expr<IntSort>, BoolExpr, Expr<BitVecSort>, Expr<?>> r =
          new SpecRun<>(spec, domain, shapes, layouts, oracle).run();
      out.add(toPath(r, domain));
      // Depth first, in source order: the false branch of the latest fork first.
      for (List<Boolean> f : forks) {
        plans.push(f);
      }
    }
    return out;
  }

  private static boolean possible(FeasibilitySolver solver, List<BoolExpr> sofar, BoolExpr cond) {
    if (solver == null) {
      return true;
    }
    List<BoolExpr> all = new ArrayList<>(sofar);
    all.add(cond);
    return solver.possible(all);
  }

  private static SpecPath toPath(
      SpecRunResult<Expr<IntSort>, BoolExpr, Expr<BitVecSort>, Expr<?>> r, SymbolicDomain d) {
    Map<String, Points> points = new LinkedHashMap<>();
    r.points().forEach((object, mentioned) -> {
      List<Expr<?>> indices = new ArrayList<>();
      for (Expr<IntSort> i : mentioned.indices()) {
        indices.add((BitVecExpr) d.toBits(i, 32));
      }
      points.put(object, Points.of(new ArrayList<Expr<?>>(mentioned.keys()), indices));
    });
    return new SpecPath(r.decisions(), r.outcome(), r.finalStates(), r.asserts(),
        r.sideConditions(), points, d.takeSteps());
  }
}
