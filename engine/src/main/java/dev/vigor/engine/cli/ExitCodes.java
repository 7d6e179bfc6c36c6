package dev.vigor.engine.cli;

/** The CLI's exit codes, the same for every subcommand. */
public final class ExitCodes {
  /** Everything checked holds. */
  public static final int OK = 0;
  /** A property is violated or a low-level check failed. */
  public static final int VIOLATED = 1;
  /** Something could not be decided (solver timeout, unconfirmed counterexample). */
  public static final int UNKNOWN = 2;
  /** The input was bad: unreadable file, C outside the subset, malformed spec, wrong arguments. */
  public static final int BAD_INPUT = 3;

  private ExitCodes() {}
}
