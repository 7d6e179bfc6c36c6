package dev.vigor.engine.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validator's answer for one trace and one spec: the verdict, why (for unknown: the reasons;
 * for violated: the counterexample, or the replayed low-level failure on the trace), the time
 * spent, and the low-level findings that lie on the trace (each also in the run's list).
 */
public record TraceResult(int traceId, Verdict verdict, List<String> reasons,
    Optional<Counterexample> counterexample, long millis, List<Verification.LowLevel> lowLevel,
    long micros) {
  /** The id of the one result of an init spec: nf_init's run, not a trace of nf_process. */
  public static final int NF_INIT = -1;

  /**
   * The time spent is both in milliseconds (shown) and microseconds (summed: a trace's time over
   * many spec files adds up fractions of a millisecond that the whole milliseconds drop).
   */
  public TraceResult {
    reasons = List.copyOf(reasons);
    lowLevel = lowLevel == null ? List.of() : List.copyOf(lowLevel);
  }

  /** A result whose time is known in whole milliseconds only. */
  public TraceResult(int traceId, Verdict verdict, List<String> reasons,
      Optional<Counterexample> counterexample, long millis, List<Verification.LowLevel> lowLevel) {
    this(traceId, verdict, reasons, counterexample, millis, lowLevel, millis * 1000);
  }

  /** A result with no low-level finding on its trace. */
  public TraceResult(int traceId, Verdict verdict, List<String> reasons,
      Optional<Counterexample> counterexample, long millis) {
    this(traceId, verdict, reasons, counterexample, millis, List.of());
  }

  /** This result with nanos more time spent on it. */
  public TraceResult plusNanos(long nanos) {
    long us = micros + nanos / 1_000;
    return new TraceResult(traceId, verdict, reasons, counterexample, us / 1_000, lowLevel, us);
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
    private final List<Verification.LowLevel> lowLevel = new ArrayList<>();
    private Counterexample cex;

    Builder(int traceId) {
      this.traceId = traceId;
    }

    void unknown(String reason) {
      verdict = verdict.worst(Verdict.UNKNOWN);
      reasons.add(reason);
    }

    /**
     * A low-level finding on the trace: violated when it replayed, else unknown, whatever the
     * spec says; the reason names it (its input is in the run's low-level list).
     */
    void lowLevel(Verification.LowLevel l) {
      verdict = verdict.worst(l.verdict());
      reasons.add(l.onTrace());
      lowLevel.add(l);
    }

    void violated(Counterexample c) {
      verdict = Verdict.VIOLATED;
      cex = c;
    }

    TraceResult build(long nanos) {
      return new TraceResult(traceId, verdict, reasons, Optional.ofNullable(cex),
          nanos / 1_000_000, lowLevel, nanos / 1_000);
    }
  }
}
