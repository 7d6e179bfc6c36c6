package dev.vigor.engine.validate;

/** How one trace (or a whole property) fared against a spec. */
public enum Verdict {
  // declared in order of severity: worst() relies on it
  PROVED, UNKNOWN, VIOLATED;

  /** The worse of two verdicts: a violation beats unknown beats proved. */
  public Verdict worst(Verdict other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
