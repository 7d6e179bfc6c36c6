package dev.vigor.engine.validate;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Solver;
import dev.vigor.engine.specexec.FeasibilitySolver;
import java.util.HashSet;
import java.util.Set;

/**
 * A solver holding one trace's own facts, with what validations may leave in it for the next one:
 * facts true on every run of the trace (contract axioms at more points), each asserted once, and
 * what branch questions learned (the literals standing for conditions, impossible sets, answers).
 * Kept across validations of the same traces, Z3 reads the trace once instead of once per edit of
 * a spec. Anything a single validation asks (a goal, a negated outcome) goes inside push/pop.
 */
final class TraceSolver {
  private final Solver solver;
  /** The scopes below this trace's (a {@link PrefixSolver}'s prefix of the path condition). */
  private final int base;
  private final Set<BoolExpr> facts = new HashSet<>();
  private final FeasibilitySolver.Memory branches = new FeasibilitySolver.Memory();

  TraceSolver(Solver solver) {
    this(solver, 0, java.util.List.of());
  }

  /**
   * On solver's scopes from base up; asserted are facts the scopes below already hold, which
   * {@link #addFact} then does not assert again.
   */
  TraceSolver(Solver solver, int base, java.util.Collection<BoolExpr> asserted) {
    this.solver = solver;
    this.base = base;
    facts.addAll(asserted);
  }

  Solver solver() {
    return solver;
  }

  /**
   * Whether a validation may use it: no scope left open. A query interrupted while its pop ran
   * (a cancel) could leave its negated goal asserted, and every later question would then be
   * answered wrongly.
   */
  boolean usable() {
    return solver.getNumScopes() == base;
  }

  /** Opens a scope for one question; returns the depth to give to {@link #popTo}. */
  int push() {
    int depth = solver.getNumScopes();
    solver.push();
    return depth;
  }

  /**
   * Closes the scopes opened since depth. Retried: an interrupt meant for the question before
   * (a watchdog's or a cancel's) can land on the pop and make it throw, which would leave the
   * question's negated goal asserted under every later one.
   */
  void popTo(int depth) {
    for (int attempt = 0; solver.getNumScopes() > depth; attempt++) {
      try {
        solver.pop(solver.getNumScopes() - depth);
      } catch (com.microsoft.z3.Z3Exception e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /** Asserts fact, which holds on every run of the trace, unless it was asserted before. */
  void addFact(BoolExpr fact) {
    if (!facts.contains(fact)) {
      solver.add(fact);
      facts.add(fact); // only once asserted: an interrupted add leaves it to the next asker
    }
  }

  /** What branch questions asked of this solver learned. */
  FeasibilitySolver.Memory branches() {
    return branches;
  }
}
