package dev.vigor.engine.symex;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.Decision;
import dev.vigor.engine.exec.LowLevelCheck;
import java.util.List;

/**
 * A low-level check that did not pass at one point of one path: FAILED with a concrete input
 * (from the model of path ∧ ¬safe) that drives the NF there, or UNDECIDED when Z3 said unknown.
 * decisions are the branches taken before it, for replay; steps the linear C trace up to it.
 */
public record CheckResult(
    LowLevelCheck check,
    SourceLocation loc,
    String message,
    Status status,
    ConcreteInput input,
    List<Decision> decisions,
    List<Step> steps) {
  public CheckResult {
    decisions = List.copyOf(decisions);
    steps = List.copyOf(steps);
  }

  /** FAILED: can be violated (input given); UNDECIDED: the solver could not tell. */
  public enum Status { FAILED, UNDECIDED }
}
