package dev.vigor.app.verify;

import dev.vigor.engine.validate.Verdict;
import java.util.Locale;

/**
 * Where one trace stands in a run: waiting, being checked, decided, or left undecided because
 * the run stopped (cancelled, failed).
 */
public enum TraceStatus {
  QUEUED, RUNNING, PROVED, VIOLATED, UNKNOWN, STOPPED;

  /** The status a decided trace has. */
  public static TraceStatus of(Verdict v) {
    return switch (v) {
      case PROVED -> PROVED;
      case VIOLATED -> VIOLATED;
      case UNKNOWN -> UNKNOWN;
    };
  }

  /** How much the status should catch the eye: violated above unknown above pending above proved. */
  public int severity() {
    return switch (this) {
      case PROVED -> 0;
      case QUEUED, STOPPED -> 1;
      case RUNNING -> 2;
      case UNKNOWN -> 3;
      case VIOLATED -> 4;
    };
  }

  /** Lower-case word for lists, e.g. {@code proved}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** CSS class, e.g. {@code status-proved}. */
  public String styleClass() {
    return "status-" + label();
  }
}
