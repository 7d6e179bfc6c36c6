package dev.vigor.engine.exec;

import dev.vigor.engine.diag.SourceLocation;

/**
 * One branch an interpreter took: where, which way, the condition in C syntax, and what kind of
 * branch (a C condition, a loop test, or the outcome of a libVig call). Both interpreters record every branch,
 * so a replay can be compared decision by decision with the symbolic path.
 */
public record Decision(SourceLocation loc, String condition, boolean taken, Kind kind) {
  /** An if/?:/&&/|| condition, a libVig call's boolean outcome, or a loop's test. */
  public enum Kind { CONDITION, LIBVIG_OUTCOME, LOOP }

  @Override
  public String toString() {
    return loc + " " + (taken ? "" : "!") + "(" + condition + ")";
  }
}
