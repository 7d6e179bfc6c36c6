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

  private static WarmNf.Outcome timed(WarmNf warm, Path specFile, String text)
      throws IOException, DiagnosticException {
    return warm.verify(specFile, SpecSources.of(Map.of(specFile, text)), new CancelToken());
  }
}
