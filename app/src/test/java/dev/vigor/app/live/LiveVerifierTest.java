package dev.vigor.app.live;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.cache.TraceCache;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.spec.SpecSources;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the window stops live verification: no solver work outlives it. */
class LiveVerifierTest {
  private static final Path POLICER =
      Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("policer");

  /**
   * The policer's refill property takes seconds to verify (its queries are slow): closing a
   * moment after it started cancels it, and by the time close returns the run has ended.
   */
  @Test
  void closingCancelsTheRunUnderWayAndWaitsForIt(@TempDir Path cacheDir) throws Exception {
    LiveVerifier verifier = new LiveVerifier(new TraceCache(cacheDir, note -> {}), Map::of);
    CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> {
      try {
        return verifier.verify(POLICER, POLICER.resolve("props/pass_compliant.py"),
            SpecSources.disk(), new CancelToken());
      } catch (java.io.IOException | dev.vigor.engine.diag.DiagnosticException e) {
        throw new IllegalStateException(e);
      }
    }, verifier.executor());
    Thread.sleep(1500);
    verifier.close();
    assertTrue(run.isDone(), "the run went on after close returned");
    ExecutionException ended = assertThrows(ExecutionException.class, run::get,
        "the run finished before close: this test needs a slower property");
    assertInstanceOf(CancelledException.class, ended.getCause());
  }
}
