package dev.vigor.engine.nfrun;

/** Why an NF could not be built or run: a message for the user and the CLI exit code it means. */
public final class RunFailure extends Exception {
  private final int exitCode;

  public RunFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The exit code (3: bad input or no gcc; 1: the NF broke while running). */
  public int exitCode() {
    return exitCode;
  }
}
