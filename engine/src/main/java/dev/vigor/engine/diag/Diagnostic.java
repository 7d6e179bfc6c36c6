package dev.vigor.engine.diag;

/**
 * One message about a user's input (C, spec, RFC, configuration), anchored at a source location.
 * The message says what is wrong and, where there is one, what to do instead.
 */
public record Diagnostic(Severity severity, SourceLocation location, String message) {
  public Diagnostic {
    if (severity == null || location == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a diagnostic needs a severity, a location and a message");
    }
  }

  /** An error at file:line:col. */
  public static Diagnostic error(SourceLocation at, String message) {
    return new Diagnostic(Severity.ERROR, at, message);
  }

  /** A warning at file:line:col. */
  public static Diagnostic warning(SourceLocation at, String message) {
    return new Diagnostic(Severity.WARNING, at, message);
  }

  /** Whether this stops the run. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error: message}. */
  public String format() {
    return location + ": " + severity.word() + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
