package dev.vigor.engine.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validator's answer for one trace and one spec: the verdict, why (for unknown: the reasons;
 * for violated: the counterexample), and the time spent.
 */
public record TraceResult(int traceId, Verdict verdict, List<String> reasons,
    Optional<Counterexample> counterexample, long millis) {
  public TraceResult {
    reasons = List.copyOf(reasons);
  }

  /** Collects a trace's findings path by path; proved unless something said otherwise. */
  static final class Builder {
    private final int traceId;
    private Verdict verdict = Verdict.PROVED;
    private final List<String> reasons = new ArrayList<>();
    private Counterexample cex;

    Builder(int traceId) {
      this.traceId = traceId;
    }

    void unknown(String reason) {
      verdict = verdict.worst(Verdict.UNKNOWN);
      reasons.add(reason);
    }

    void violated(Counterexample c) {
      verdict = Verdict.VIOLATED;
      cex = c;
    }

    TraceResult build(long millis) {
      return new TraceResult(traceId, verdict, reasons, Optional.ofNullable(cex), millis);
    }
  }
}
