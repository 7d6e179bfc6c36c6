package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;

/**
 * A run of the NF's code went past the engine's step budget (statements per concrete run or per
 * symbolic path): time and memory stay bounded, and nothing is decided about that run.
 */
public final class StepBudgetExhausted extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SourceLocation loc;

  public StepBudgetExhausted(SourceLocation loc, String message) {
    super(loc + ": " + message, null, false, false);
    this.loc = loc;
  }

  /** The statement at which the budget ran out. */
  public SourceLocation loc() {
    return loc;
  }
}
