package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.PreconditionViolation;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Runs random steps of a driver through the checker; the first contract violation ends the run. */
final class ContractRun {
  private ContractRun() {}

  /** Statistics of a run that kept the contract. */
  record Stats(int steps, int rejected) {}

  /** The first violation (with its step number), or empty after a clean run. */
  static Optional<String> run(Driver d, ContractChecker checker, int steps, Random rnd,
      Stats[] stats) {
    Expr<?> s0 = d.contract().freshState("S0");
    int rejected = 0;
    for (int n = 0; n < steps; n++) {
      Outcome o = step(d, checker, s0, rnd, n == 0);
      if (o.violation().isPresent()) {
        return Optional.of("step " + n + ": " + o.violation().get());
      }
      rejected += o.rejected() ? 1 : 0;
    }
    if (stats != null) {
      stats[0] = new Stats(steps, rejected);
    }
    return Optional.empty();
  }

  /** What one step showed: a violation, or whether the call was (rightly) rejected. */
  record Outcome(Optional<String> violation, boolean rejected) {}

  /** One random call, checked against its contract; first also checks the initial invariant. */
  static Outcome step(Driver d, ContractChecker checker, Expr<?> s0, Random rnd, boolean first) {
    StructureContract<?> contract = d.contract();
    Step step = d.next(rnd);
    Operation op = contract.operation(step.operation()).orElseThrow();
    Points points = d.points(step);
    BoolExpr absBefore = d.abstraction(s0, points);
    if (first && checker.satisfiable(absBefore, checker.ctx().mkNot(d.invariant(s0, points)))) {
      return new Outcome(Optional.of("the initial state breaks the invariant"), false);
    }
    boolean pre = checker.preHolds(op, s0, absBefore, step.args(), points);
    List<Expr<?>> results;
    try {
      results = step.invocation().run();
    } catch (PreconditionViolation e) {
      return pre
          ? new Outcome(Optional.of(op.name() + step.args()
              + " was rejected though its precondition holds: " + e.getMessage()), false)
          : new Outcome(Optional.empty(), true);
    }
    if (!pre) {
      return new Outcome(Optional.of(op.name() + step.args()
          + " was accepted though its precondition fails"), false);
    }
    return new Outcome(checker.check(op, s0, absBefore, step.args(), results,
        s1 -> d.abstraction(s1, points), s1 -> d.invariant(s1, points), points), false);
  }
}
