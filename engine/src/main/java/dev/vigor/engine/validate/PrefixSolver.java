package dev.vigor.engine.validate;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Solver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One solver for the traces a validator decides one after another, holding the path condition
 * they share. Traces come from a depth-first exploration, so a trace's path condition mostly
 * begins as the previous one's (the load balancer's: 70-95% of it); Z3 then reads only the rest,
 * where a solver per trace read it all (its first question took 3-10 ms, the later ones well
 * under one). Each fact of the prefix sits in a scope of its own, so leaving a trace pops only
 * where the next one departs; what a validation adds goes into the trace's scope above them and
 * goes with it.
 */
final class PrefixSolver {
  private final Supplier<Solver> make;
  private Solver solver;
  /** The facts asserted, one scope each, bottom first. */
  private final List<BoolExpr> prefix = new ArrayList<>();
  private TraceSolver current;

  /** make gives an empty solver with the validator's limits. */
  PrefixSolver(Supplier<Solver> make) {
    this.make = make;
  }

  /**
   * A trace solver holding facts (in this order: what every trace and its path condition
   * assume), its own scope opened above them.
   */
  TraceSolver enter(List<BoolExpr> facts) {
    for (int attempt = 0; ; attempt++) {
      try {
        return enterOnce(facts);
      } catch (com.microsoft.z3.Z3Exception e) {
        // an interrupt meant for an earlier query landed on a push or pop: the scopes no longer
        // match the prefix, so start afresh. Z3 refuses pushes until a query clears such an
        // interrupt; one on the empty solver does (a stopped run is told by the caller's token).
        if (attempt >= 2) {
          throw e;
        }
        restart();
        try {
          solver.check();
        } catch (com.microsoft.z3.Z3Exception again) {
          // still interrupted: the next attempt says so
        }
      }
    }
  }

  private TraceSolver enterOnce(List<BoolExpr> facts) {
    if (current != null || solver == null || solver.getNumScopes() != prefix.size()) {
      restart(); // a trace not left, or scopes an interrupted pop left behind: start afresh
    }
    int same = 0;
    while (same < prefix.size() && same < facts.size() && prefix.get(same).equals(facts.get(same))) {
      same++;
    }
    if (same < prefix.size()) {
      solver.pop(prefix.size() - same);
      prefix.subList(same, prefix.size()).clear();
    }
    for (BoolExpr f : facts.subList(same, facts.size())) {
      solver.push();
      solver.add(f);
      prefix.add(f);
    }
    solver.push();
    current = new TraceSolver(solver, prefix.size() + 1, prefix);
    return current;
  }

  /** Closes the trace's scope: what its validation asserted goes, the prefix stays. */
  void leave() {
    TraceSolver t = current;
    current = null;
    try {
      if (t != null && solver.getNumScopes() > prefix.size()) {
        solver.pop(solver.getNumScopes() - prefix.size());
      }
    } catch (com.microsoft.z3.Z3Exception e) {
      // an interrupt meant for a query landed on the pop: the next trace starts afresh
    }
  }

  /** Frees the solver's terms now (what a solver built stays in the context until then). */
  void close() {
    if (solver != null) {
      try {
        solver.reset();
      } catch (com.microsoft.z3.Z3Exception e) {
        // interrupted: the collector frees it
      }
      solver = null;
    }
    prefix.clear();
    current = null;
  }

  private void restart() {
    close();
    solver = make.get();
  }
}
