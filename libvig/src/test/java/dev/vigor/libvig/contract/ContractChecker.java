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
    this.solver = ctx.mkSolver("QF_UFBV");
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

  /** Whether the precondition holds on the abstraction of the before-state. */
  public boolean preHolds(Operation op, Expr<?> before, BoolExpr absBefore, List<Expr<?>> args,
      Points points) {
    return satisfiable(absBefore, op.precondition(before, args, points));
  }

  /**
   * A description of how the step breaks the contract, or empty when it keeps it.
   *
   * @param absAfter the abstraction of the implementation's after-state, applied to a state term
   * @param invariant the invariant to hold of the after-state term
   */
  public Optional<String> check(Operation op, Expr<?> before, BoolExpr absBefore,
      List<Expr<?>> args, List<Expr<?>> results, Function<Expr<?>, BoolExpr> absAfter,
      Function<Expr<?>, BoolExpr> invariant, Points points) {
    Expr<?> after = op.nextState(before, args, results);
    BoolExpr pre = op.precondition(before, args, points);
    BoolExpr abs1 = absAfter.apply(after);
    if (!satisfiable(absBefore, pre, abs1)) {
      return Optional.of(op.name() + ": the implementation's after-state cannot be the contract's"
          + " next state " + after);
    }
    BoolExpr post = op.postcondition(before, after, args, results, points);
    if (satisfiable(absBefore, pre, abs1, ctx.mkNot(post))) {
      return Optional.of(op.name() + args + " -> " + results + ": postcondition violated");
    }
    if (satisfiable(absBefore, pre, abs1, ctx.mkNot(invariant.apply(after)))) {
      return Optional.of(op.name() + args + " -> " + results + ": invariant violated after");
    }
    return Optional.empty();
  }
}
