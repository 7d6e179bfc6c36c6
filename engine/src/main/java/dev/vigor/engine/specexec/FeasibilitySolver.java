package dev.vigor.engine.specexec;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers whether branch conditions are possible together with the background facts a solver
 * holds. Each condition is asserted once, behind a fresh literal, and asked as an assumption:
 * spec paths share most of their conditions, and Z3 then translates each of them once instead of
 * once per question. The solver may be used for other queries between questions, inside
 * push/pop.
 */
public final class FeasibilitySolver {
  private final Context ctx;
  private final Solver solver;
  private final long budgetMs;
  private final Map<BoolExpr, BoolExpr> literals = new HashMap<>();
  // Specs checked on one trace often ask the same question (e.g. the lookup most bridge
  // properties start with). Answers stay valid: the background only grows by implications from
  // fresh literals, which change no answer.
  private final Map<Set<BoolExpr>, Boolean> answers = new HashMap<>();

  /** Asks {@code solver}, which holds the background facts, with no budget of its own. */
  public FeasibilitySolver(Context ctx, Solver solver) {
    this(ctx, solver, 0);
  }

  /** Asks {@code solver}, whose queries a watchdog stops past budgetMs (0: none). */
  public FeasibilitySolver(Context ctx, Solver solver, long budgetMs) {
    this.ctx = ctx;
    this.solver = solver;
    this.budgetMs = budgetMs;
  }

  /** The solver holding the background facts. */
  public Solver solver() {
    return solver;
  }

  /** Whether every condition can hold at once with the background; true when Z3 cannot tell. */
  public boolean possible(List<BoolExpr> conditions) {
    Set<BoolExpr> key = new HashSet<>(conditions);
    Boolean known = answers.get(key);
    if (known != null) {
      return known;
    }
    List<BoolExpr> assumed = new ArrayList<>(conditions.size());
    for (BoolExpr c : conditions) {
      assumed.add(literals.computeIfAbsent(c, k -> {
        BoolExpr l = (BoolExpr) ctx.mkFreshConst("branch", ctx.getBoolSort());
        solver.add(ctx.mkImplies(l, k));
        return l;
      }));
    }
    Status st = dev.vigor.engine.symex.SolverWatchdog.check(ctx, solver, budgetMs,
        assumed.toArray(new BoolExpr[0]));
    if (st != Status.UNKNOWN) {
      answers.put(key, st == Status.SATISFIABLE);
    }
    return st != Status.UNSATISFIABLE;
  }
}
