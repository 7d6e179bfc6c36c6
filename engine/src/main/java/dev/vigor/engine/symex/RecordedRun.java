package dev.vigor.engine.symex;

import dev.vigor.engine.exec.ConcreteInput;
import java.util.List;

/**
 * What one run of the executor (one path from the start along a decision prefix) learned from the
 * solver, so that it can be run again in a fresh Z3 context with no query: the way taken at every
 * symbolic branch, each low-level check's outcome past the prefix, and how the run ended. Terms
 * cannot be stored (uninterpreted sorts, recursive definitions), but re-running the same program
 * along the same answers rebuilds them identically.
 *
 * @param explorePrefix how many of the choices were the prefix the run was given (checks inside
 *     it were decided by the run that queued it, so they are only assumed)
 * @param choices one character per symbolic branch: T/F taken true/false where both ways were
 *     feasible, t/f where only that way was
 * @param checks the outcome of every low-level check past the prefix that was not constantly
 *     true, in order
 * @param end how the run ended
 * @param finish for a run that returned from nf_process, what its end gave (else null)
 * @param feasibilityUnknown whether some branch was kept only because Z3 said unknown
 * @param digest a fingerprint of the path (branches, statements, conditions, calls, verdict), so a
 *     replay that takes another path is noticed
 */
public record RecordedRun(int explorePrefix, String choices, List<CheckOutcome> checks, End end,
    Finish finish, boolean feasibilityUnknown, String digest) {
  public RecordedRun {
    checks = List.copyOf(checks);
  }

  /** How a run ended. */
  public enum End {
    /** nf_process returned. */
    FINISHED,
    /** A branch had neither way feasible. */
    INFEASIBLE_BRANCH,
    /** A check that cannot pass, the step budget, or a memory fault ended the path. */
    ENDED
  }

  /** What a check past the prefix came to. */
  public enum Kind {
    /** Passed on every input of the path. */
    PASSED,
    /** Reported (failed on some input, or undecided); the path goes on assuming it passes. */
    REPORTED,
    /** The path ends here (the check fails on every input), with the report if there is one. */
    ENDED
  }

  /**
   * One check's outcome; reported, message and input are those of its {@link CheckResult} (null
   * when nothing was reported).
   */
  public record CheckOutcome(Kind kind, CheckResult.Status reported, String message,
      ConcreteInput input) {}

  /**
   * The end of a run that returned: kept (a trace) or dropped (no input left), the trace's
   * concrete input and verdict from the model (null when Z3 gave no model), and whether it is
   * unknown.
   */
  public record Finish(boolean kept, ConcreteInput input, Long concreteVerdict, boolean unknown) {}
}
