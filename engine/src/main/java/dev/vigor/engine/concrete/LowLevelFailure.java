package dev.vigor.engine.concrete;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.LowLevelCheck;

/** A concrete run hit a low-level defect: which check, where, and why. */
public final class LowLevelFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final LowLevelCheck check;
  private final transient SourceLocation loc;
  private final String detail;

  public LowLevelFailure(LowLevelCheck check, SourceLocation loc, String message) {
    super(check + " at " + loc + ": " + message, null, false, false);
    this.check = check;
    this.loc = loc;
    this.detail = message;
  }

  /** The message without check and location. */
  public String detail() {
    return detail;
  }

  public LowLevelCheck check() {
    return check;
  }

  public SourceLocation loc() {
    return loc;
  }
}
