package dev.vigor.engine.symex;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.LowLevelCheck;

/**
 * nf_init, run concretely with the NF's configuration before symbolic execution, failed a
 * low-level check (check non-null, at the faulting statement), returned false (check null, at
 * nf_init), or ran past the engine's step budget ({@link #budgetExhausted()}). With the
 * configuration the NF ships, the first two are the NF's defect; in every case nothing can be
 * verified.
 */
public final class NfInitFailure extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private final transient LowLevelCheck check;
  private final transient SourceLocation loc;
  private final String what;
  private final boolean budget;

  public NfInitFailure(LowLevelCheck check, SourceLocation loc, String what) {
    this(check, loc, what, false);
  }

  /** budget: nf_init ran past the step budget (undecided: neither the NF's defect nor input). */
  public NfInitFailure(LowLevelCheck check, SourceLocation loc, String what, boolean budget) {
    super(loc + ": error: " + what);
    this.check = check;
    this.loc = loc;
    this.what = what;
    this.budget = budget;
  }

  /** Whether nf_init only ran past the engine's step budget. */
  public boolean budgetExhausted() {
    return budget;
  }

  /** The check nf_init failed, or null when it returned false. */
  public LowLevelCheck check() {
    return check;
  }

  /** Where: the faulting statement, or nf_init itself when it returned false. */
  public SourceLocation loc() {
    return loc;
  }

  /** What went wrong, in words, without the location. */
  public String what() {
    return what;
  }
}
