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

  /** The first violation (with its step number), or the statistics of a clean run. */
  static Optional<String> run(Driver d, ContractChecker checker, int steps, Random rnd,
      Stats[] stats) {
    StructureContract<?> contract = d.contract();
    Expr<?> s0 = contract.freshState("S0");
    int rejected = 0;
    for (int n = 0; n < steps; n++) {
      Step step = d.next(rnd);
      Operation op = contract.operation(step.operation()).orElseThrow();
      Points points = d.points(step);
      BoolExpr absBefore = d.abstraction(s0, points);
      if (n == 0 && checker.satisfiable(absBefore, checker.ctx().mkNot(d.invariant(s0, points)))) {
        return Optional.of("step 0: the initial state breaks the invariant");
      }
      boolean pre = checker.preHolds(op, s0, absBefore, step.args(), points);
      List<Expr<?>> results;
      try {
        results = step.invocation().run();
      } catch (PreconditionViolation e) {
        if (pre) {
          return Optional.of("step " + n + ": " + op.name() + step.args()
              + " was rejected though its precondition holds: " + e.getMessage());
        }
        rejected++;
        continue;
      }
      if (!pre) {
        return Optional.of("step " + n + ": " + op.name() + step.args()
            + " was accepted though its precondition fails");
      }
      Optional<String> v = checker.check(op, s0, absBefore, step.args(), results,
          s1 -> d.abstraction(s1, points), s1 -> d.invariant(s1, points), points);
      if (v.isPresent()) {
        return Optional.of("step " + n + ": " + v.get());
      }
    }
    if (stats != null) {
      stats[0] = new Stats(steps, rejected);
    }
    return Optional.empty();
  }
}
