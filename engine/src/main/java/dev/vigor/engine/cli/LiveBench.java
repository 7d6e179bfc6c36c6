package dev.vigor.engine.cli;

import dev.vigor.engine.cache.TraceCache;
import dev.vigor.engine.cache.WarmNf;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.spec.SpecSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code vigor bench --live FILE}: the workbench's live verification of one edited spec file with a
 * warm cache, as it runs after each pause in typing ({@link WarmNf}): the NF compiled once and its
 * traces stored by a first, untimed verification; then each timed run verifies the file with a
 * different edit (a comment, so the text's hash and thus every per-trace verdict is new), from the
 * edit handed over to the verdict.
 */
final class LiveBench {
  private LiveBench() {}

  static void measure(Path nfDir, Path specFile, long timeoutMs, int warmup, int runs,
      PrintWriter out) throws IOException, DiagnosticException {
    Path cacheDir = Files.createTempDirectory("vigor-live-bench");
    WarmNf warm = new WarmNf(nfDir, new TraceCache(cacheDir, note -> {}), timeoutMs, note -> {});
    String saved = Files.readString(specFile);
    long first = timed(warm, specFile, saved + "\n# edit 0\n").millis();
    List<Long> times = new ArrayList<>();
    WarmNf.Outcome last = null;
    for (int i = 1; i <= warmup + runs; i++) {
      last = timed(warm, specFile, saved + "\n# edit " + i + "\n");
      if (i > warmup) {
        times.add(last.millis());
      }
    }
    Collections.sort(times);
    String verdict = last.result().map(r -> r.verdict().name().toLowerCase()).orElse("not checked");
    out.printf("live verification of %s (%s), warm cache: median %d ms (min %d, max %d) over %d"
        + " edits after %d warm-up; %d traces%s, %s; first run (compile + explore) %d ms%n",
        nfDir.relativize(specFile), nfDir.getFileName(), times.get(times.size() / 2), times.get(0),
        times.get(times.size() - 1), runs, warmup, last.traceCount(),
        " " + last.traces().name().toLowerCase(), verdict, first);
    out.flush();
  }

  /**
   * A mistake typed and fixed, in turn: the file's text with find replaced by replace, then as
   * saved, each with a comment of its own so no verdict is reused; both kinds timed from the
   * edit handed over to the verdict, with the verdict each gave.
   */
  static void measureMistakes(Path nfDir, Path specFile, String find, String replace,
      long timeoutMs, int warmup, int runs, PrintWriter out) throws IOException, DiagnosticException {
    String saved = Files.readString(specFile);
    if (!saved.contains(find)) {
      throw new IllegalArgumentException(nfDir.relativize(specFile) + " does not contain " + find);
    }
    String wrong = saved.replace(find, replace);
    Path cacheDir = Files.createTempDirectory("vigor-live-bench");
    try (WarmNf warm = new WarmNf(nfDir, new TraceCache(cacheDir, note -> {}), timeoutMs, note -> {})) {
      long first = timed(warm, specFile, saved + "\n# edit 0\n").millis();
      List<Long> mistakes = new ArrayList<>();
      List<Long> fixes = new ArrayList<>();
      String mistakeVerdict = "";
      String fixVerdict = "";
      for (int i = 1; i <= warmup + runs; i++) {
        WarmNf.Outcome m = timed(warm, specFile, wrong + "\n# edit " + i + "\n");
        WarmNf.Outcome f = timed(warm, specFile, saved + "\n# edit " + i + "\n");
        mistakeVerdict = verdict(m);
        fixVerdict = verdict(f);
        if (i > warmup) {
          mistakes.add(m.millis());
          fixes.add(f.millis());
        }
      }
      out.printf("live verification of %s (%s), warm cache, %d mistakes typed and fixed after %d"
          + " warm-up; first run (compile + explore) %d ms%n", nfDir.relativize(specFile),
          nfDir.getFileName(), runs, warmup, first);
      out.printf("  mistake (%s -> %s): %s, median %s%n", find, replace, mistakeVerdict,
          spread(mistakes));
      out.printf("  fixed: %s, median %s%n", fixVerdict, spread(fixes));
      out.flush();
    }
  }

  private static String verdict(WarmNf.Outcome o) {
    return o.result().map(r -> r.verdict().name().toLowerCase()).orElse("not checked");
  }

  private static String spread(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format("%d ms (min %d, max %d)", sorted.get(sorted.size() / 2), sorted.get(0),
        sorted.get(sorted.size() - 1));
  }

  private static WarmNf.Outcome timed(WarmNf warm, Path specFile, String text)
      throws IOException, DiagnosticException {
    return warm.verify(specFile, SpecSources.of(Map.of(specFile, text)), new CancelToken());
  }
}
