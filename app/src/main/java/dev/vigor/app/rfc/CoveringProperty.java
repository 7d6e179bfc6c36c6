package dev.vigor.app.rfc;

import dev.vigor.rfc.trace.Verdict;

/** A property whose {@code # covers:} names the selected requirement, and its last verdict. */
public record CoveringProperty(String name, Verdict verdict) {
  @Override
  public String toString() {
    return name + " — " + verdict.word();
  }
}
