package dev.vigor.engine.diag;

/** How bad a diagnostic is: an error stops the run, a warning does not. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The lower-case word used in messages, e.g. {@code error}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
