package dev.vigor.engine.report;

import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;

/** What the reports share about low-level findings and traces an early stop left unchecked. */
final class LowLevelReport {
  private LowLevelReport() {}

  /**
   * Whether every reason the trace is not proved is a low-level finding on it or its being left
   * unchecked by an early stop: the reports show those once for the run, not per spec and trace.
   */
  static boolean onlyLowLevelOrUnchecked(TraceResult t) {
    if (t.verdict() == Verdict.PROVED || t.counterexample().isPresent()) {
      return false;
    }
    long lowLevel = t.lowLevel().size();
    long unchecked = t.reasons().stream().filter(Verification::isNotChecked).count();
    return lowLevel + unchecked == t.reasons().size();
  }
}
