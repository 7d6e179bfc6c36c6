package dev.vigor.rfc.trace;

import java.util.Locale;

/** Where a requirement stands: not covered by any property, or covered and what the proofs say. */
public enum RequirementStatus {
  NOT_COVERED,
  NOT_RUN,
  PROVED,
  UNKNOWN,
  VIOLATED;

  /** Lower-case words for reports. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
