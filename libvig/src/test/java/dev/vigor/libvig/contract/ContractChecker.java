package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Holds one implementation step to an operation's contract with Z3: given the abstraction of the
 * before-state, the precondition, the results and the abstraction of the after-state (on the
 * contract's next-state term), the postcondition and the invariant must follow. UNKNOWN counts as
 * a violation.
 */
public final class ContractChecker {
  private final Context ctx;
  private final Solver solver;

  public ContractChecker(Context ctx) {
    this.ctx = ctx;
    String logic = System.getProperty("libvig.solver", "QF_UFBV");
    this.solver = logic.equals("default") ? ctx.mkSolver() : ctx.mkSolver(logic);
  }

  public Context ctx() {
    return ctx;
  }

  /** Whether facts are jointly satisfiable; UNKNOWN is an error. */
  public boolean satisfiable(BoolExpr... facts) {
    solver.push();
    try {
      solver.add(facts);
      Status st = solver.check();
      if (st == Status.UNKNOWN) {
        throw new IllegalStateException("Z3 answered unknown: " + solver.getReasonUnknown());
      }
      return st == Status.SATISFIABLE;
    } finally {
      solver.pop();
    }
  }

  /** With -Dlibvig.explain=true, prints a model of the facts (a counterexample to the contract). */
  private void explain(BoolExpr... facts) {
    if (!Boolean.getBoolean("libvig.explain")) {
      return;
    }
    solver.push();
    solver.add(facts);
    if (solver.check() == Status.SATISFIABLE) {
      System.out.println("counterexample model:\n" + solver.getModel());
    }
    solver.pop();
  }

  /** Whether the precondition holds on the abstraction of the before-state. */
  public boolean preHolds(Operation op, Expr<?> before, BoolExpr absBefore, List<Expr<?>> args,
      Points points) {
    return satisfiable(absBefore, op.definitionsAt(before, args, points).orElse(ctx.mkTrue()),
        op.precondition(before, args, points));
  }

  /**
   * A description of how the step breaks the contract, or empty when it keeps it. The caller has
   * established that the precondition holds.
   *
   * @param absAfter the abstraction of the implementation's after-state, applied to a state term
   * @param invariant the invariant to hold of the after-state term
   */
  public Optional<String> check(Operation op, Expr<?> before, BoolExpr absBefore,
      List<Expr<?>> args, List<Expr<?>> results, Function<Expr<?>, BoolExpr> absAfter,
      Function<Expr<?>, BoolExpr> invariant, Points points) {
    Expr<?> after = op.nextState(before, args, results);
    BoolExpr pre = ctx.mkAnd(op.precondition(before, args, points),
        op.definitionsAt(before, args, points).orElse(ctx.mkTrue()));
    BoolExpr abs1 = absAfter.apply(after);
    BoolExpr post = op.postcondition(before, after, args, results, points);
    BoolExpr inv = invariant.apply(after);
    solver.push();
    try {
      solver.add(new BoolExpr[] {absBefore, pre, abs1});
      if (status() != Status.SATISFIABLE) {
        return Optional.of(op.name() + ": the implementation's after-state cannot be the"
            + " contract's next state " + after);
      }
      // One query for both obligations; only a failure pays for telling them apart. When the
      // next state is the before-state itself (an observer or a failed call) and the abstractions
      // agreed above, its invariant is the one established when that state was produced.
      BoolExpr obligations = after.equals(before) ? post : ctx.mkAnd(post, inv);
      solver.push();
      solver.add(new BoolExpr[] {ctx.mkNot(obligations)});
      Status both = status();
      solver.pop();
      if (both == Status.UNSATISFIABLE) {
        return Optional.empty();
      }
      explain(absBefore, pre, abs1, ctx.mkNot(post));
      String what = satisfiable(ctx.mkNot(post)) ? "postcondition" : "invariant after the step";
      return Optional.of(op.name() + args + " -> " + results + ": " + what + " violated");
    } finally {
      solver.pop();
    }
  }

  private Status status() {
    Status st = solver.check();
    if (st == Status.UNKNOWN) {
      throw new IllegalStateException("Z3 answered unknown: " + solver.getReasonUnknown());
    }
    return st;
  }
}
