package dev.vigor.engine.report;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.symex.SymbolicExecutor;
import dev.vigor.engine.symex.SymexResult;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures one NF the way Table 3 of the Vigor paper does: symbolic execution time, number of
 * traces, and per-trace validation time; plus the wall time of a whole verification (full spec and
 * every property, symbolic execution included) and its verdict.
 */
public final class VerificationBench {
  private VerificationBench() {}

  /**
   * One NF's figures. Per-trace time is a trace's validation time summed over all the spec files,
   * so median times traces is roughly the validation part of the wall time. The spec-alone median
   * is -1 when the NF has no spec.py, or when one run verified more than spec.py.
   */
  public record Row(String nf, long symexMillis, int traces, long perTraceMedianMillis,
      long perTraceMaxMillis, long wallMillis, int specFiles, Verdict verdict,
      long specAlonePerTraceMedianMillis) {}

  /**
   * Verifies {@code specFiles} (spec first, then properties) of the NF in nfDir {@code warmup}
   * times untimed, then {@code runs} times, and returns the run with the median wall time; its
   * last column is the per-trace median of the first file (the full spec) verified alone, the
   * paper's per-trace figure.
   */
  public static Row measure(Path nfDir, List<Path> specFiles, long traceTimeoutMs, int warmup,
      int runs) throws IOException, DiagnosticException {
    for (int i = 0; i < warmup; i++) {
      measure(nfDir, specFiles, traceTimeoutMs);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(1, runs); i++) {
      rows.add(measure(nfDir, specFiles, traceTimeoutMs));
    }
    rows.sort(java.util.Comparator.comparingLong(Row::wallMillis));
    Row median = rows.get(rows.size() / 2);
    List<Long> alone = new ArrayList<>();
    for (int i = 0; i < Math.max(1, runs) && isFullSpec(specFiles.get(0)); i++) {
      alone.add(measure(nfDir, specFiles.subList(0, 1), traceTimeoutMs).perTraceMedianMillis());
    }
    alone.sort(null);
    if (alone.isEmpty()) {
      alone.add(-1L); // no spec.py: no spec-alone figure
    }
    return new Row(median.nf(), median.symexMillis(), median.traces(),
        median.perTraceMedianMillis(), median.perTraceMaxMillis(), median.wallMillis(),
        median.specFiles(), median.verdict(), alone.get(alone.size() / 2));
  }

  /**
   * The median and the largest of a trace's time summed over the files, in milliseconds. Summed
   * in microseconds: each file's whole milliseconds would drop up to one per file and trace
   * (eight files on a trace taking 2.9 ms each would count 16 ms instead of 23).
   */
  static long[] perTraceMedianAndMax(List<Verification.SpecResult> specs) {
    int traces = specs.stream().mapToInt(s -> s.traces().size()).max().orElse(0);
    long[] perTrace = new long[traces];
    for (Verification.SpecResult s : specs) {
      List<TraceResult> ts = s.traces();
      for (int i = 0; i < ts.size(); i++) {
        perTrace[i] += ts.get(i).micros();
      }
    }
    long[] sorted = perTrace.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    long median = n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    long max = n == 0 ? 0 : sorted[n - 1];
    return new long[] {median / 1000, max / 1000};
  }

  /** Verifies {@code specFiles} (spec first, then properties) of the NF in nfDir once, timed. */
  public static Row measure(Path nfDir, List<Path> specFiles, long traceTimeoutMs)
      throws IOException, DiagnosticException {
    LoadedNf nf = LoadedNf.load(nfDir);
    long symex;
    try (SymexResult r = SymbolicExecutor.run(nf.program(), NfConfig.load(nfDir),
        ProgressListener.NONE, CancelToken.none())) {
      symex = r.timings().symbolicNanos() / 1_000_000;
    }
    long start = System.nanoTime();
    Verification.Result result = Verification.run(nfDir, nf, specFiles, traceTimeoutMs);
    long wall = (System.nanoTime() - start) / 1_000_000;
    int traces = result.specs().stream().mapToInt(s -> s.traces().size()).max().orElse(0);
    Verdict verdict = result.lowLevel().stream().map(Verification.LowLevel::verdict)
        .reduce(Verdict.PROVED, Verdict::worst);
    for (Verification.SpecResult s : result.specs()) {
      verdict = verdict.worst(s.verdict());
    }
    long[] medianMax = perTraceMedianAndMax(result.specs());
    long median = medianMax[0];
    long max = medianMax[1];
    // one file that is the full spec: its per-trace median is the spec-alone figure
    long alone = specFiles.size() == 1 && isFullSpec(specFiles.get(0)) ? median : -1;
    return new Row(nf.descriptor().name(), symex, traces, median, max, wall, specFiles.size(),
        verdict, alone);
  }

  private static boolean isFullSpec(Path file) {
    return file.getFileName().toString().equals("spec.py");
  }
}
