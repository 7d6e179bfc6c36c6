package dev.vigor.engine.symex;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

/**
 * A question to a long-lived incremental solver, asked in stages. Z3 answers most questions to
 * such a solver (assertions kept, assumptions per question) in a millisecond, but it does not
 * preprocess the assertions there: a NAT question whose answer needs the path's equalities
 * propagated (the IHL fixed at 5, the spec reading the L4 header at 4 * IHL) took 0.3-0.5 s, and
 * 10 ms of a fresh solver given the same assertions. A question that is hard in itself (the
 * policer's two refill circuits proved equal) goes faster on the long-lived solver, which keeps
 * what it has learnt, and took minutes on a fresh one. So: the long-lived solver briefly, then a
 * fresh one briefly, then the long-lived one with the rest of the budget.
 */
public final class StagedCheck {
  /** How long the long-lived solver may take before the question goes to a fresh solver. */
  static final long FIRST_STAGE_MS = 40;

  /** How long the fresh solver may take before the long-lived one gets the rest of the budget. */
  static final long SECOND_STAGE_MS = 150;

  private StagedCheck() {}

  /** The answer and the solver that gave it, for its model or its unsat core. */
  public record Answer(Status status, Solver solver) {}

  /**
   * s.check(assumptions) within budgetMs (0: none), in the stages above. s's own timeout
   * parameter is left at {@code restoreTimeoutMs} (0: none).
   */
  public static Answer check(Context ctx, Solver s, long budgetMs, long restoreTimeoutMs,
      BoolExpr... assumptions) {
    return check(ctx, s, java.util.List.of(), budgetMs, restoreTimeoutMs, assumptions);
  }

  /**
   * As the other check; the fresh solver is also given {@code strengthening}, facts that hold
   * wherever s's assertions do (so its answers are s's).
   */
  public static Answer check(Context ctx, Solver s, java.util.List<BoolExpr> strengthening,
      long budgetMs, long restoreTimeoutMs, BoolExpr... assumptions) {
    if (budgetMs > 0 && budgetMs <= FIRST_STAGE_MS + SECOND_STAGE_MS) {
      return new Answer(SolverWatchdog.check(ctx, s, budgetMs, assumptions), s);
    }
    Status first = onLongLived(ctx, s, FIRST_STAGE_MS, restoreTimeoutMs, assumptions);
    if (first != Status.UNKNOWN) {
      return new Answer(first, s);
    }
    Solver fresh = freshCopy(ctx, s, strengthening, SECOND_STAGE_MS);
    Status second = SolverWatchdog.check(ctx, fresh, SECOND_STAGE_MS, assumptions);
    if (second != Status.UNKNOWN) {
      return new Answer(second, fresh);
    }
    fresh.reset();
    long rest = budgetMs > 0 ? Math.max(1, budgetMs - FIRST_STAGE_MS - SECOND_STAGE_MS) : 0;
    return new Answer(onLongLived(ctx, s, rest, restoreTimeoutMs, assumptions), s);
  }

  private static Status onLongLived(Context ctx, Solver s, long ms, long restoreTimeoutMs,
      BoolExpr... assumptions) {
    timeout(ctx, s, ms);
    try {
      return SolverWatchdog.check(ctx, s, ms, assumptions);
    } finally {
      timeout(ctx, s, restoreTimeoutMs);
    }
  }

  /**
   * Frees now what the answer's solver built when it is a fresh copy, not the long-lived one:
   * Z3 keeps it in the context until the collector finds the solver dead, and every solver in
   * a context works slower the more the context holds. Its model or core must be read before.
   */
  public static void discard(Answer answer, Solver longLived) {
    if (answer.solver() != longLived) {
      answer.solver().reset();
    }
  }

  /**
   * A new solver holding s's assertions and strengthening, with a Z3 timeout of ms: it
   * preprocesses them, which the long-lived s does not.
   */
  public static Solver freshCopy(Context ctx, Solver s, java.util.List<BoolExpr> strengthening, long ms) {
    Solver fresh = ctx.mkSolver();
    timeout(ctx, fresh, ms);
    fresh.add(s.getAssertions());
    strengthening.forEach(fresh::add);
    return fresh;
  }

  /** Sets s's Z3 timeout to ms (0: none). */
  public static void timeout(Context ctx, Solver s, long ms) {
    Params p = ctx.mkParams();
    // Z3's timeout is an unsigned int of ms; its largest value means none.
    p.add("timeout", ms > 0 ? (int) Math.min(Integer.MAX_VALUE, ms) : Integer.MAX_VALUE);
    s.setParameters(p);
  }
}
