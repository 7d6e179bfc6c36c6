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
  /** The id of the one result of an init spec: nf_init's run, not a trace of nf_process. */
  public static final int NF_INIT = -1;

  public TraceResult {
    reasons = List.copyOf(reasons);
  }

  /** How people name what was checked: {@code trace 4}, or {@code nf_init}. */
  public String label() {
    return label(traceId);
  }

  /** The label of the trace (or nf_init run) with this id. */
  public static String label(int traceId) {
    return traceId == NF_INIT ? "nf_init" : "trace " + traceId;
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
