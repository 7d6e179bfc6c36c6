package dev.vigor.rfc.trace;

import java.util.Locale;
import java.util.Optional;

/** The last verdict of a property, as the verifier reports it. */
public enum Verdict {
  PROVED,
  VIOLATED,
  UNKNOWN,
  NOT_RUN;

  /** Parses {@code proved}, {@code VIOLATED}, {@code not run}, {@code not-run}, ... */
  public static Optional<Verdict> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Verdict v : values()) {
      if (v.name().equals(t)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Lower-case words for reports, e.g. {@code not run}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
