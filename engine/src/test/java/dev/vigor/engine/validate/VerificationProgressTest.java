package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.symex.ExecutionTree;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A run reports its phases, counts every trace and streams each result; a cancel stops it fast. */
class VerificationProgressTest {
  static final Path BRIDGE = BridgeValidationTest.BRIDGE;

  @Test
  void reportsPhasesInOrderAndEveryTraceAsItIsDecided() throws Exception {
    List<Progress> progress = new CopyOnWriteArrayList<>();
    List<TraceResult> streamed = new CopyOnWriteArrayList<>();
    List<List<Integer>> explored = new CopyOnWriteArrayList<>();
    VerificationObserver observer = new VerificationObserver() {
      @Override
      public void explored(ExecutionTree tree, List<Integer> traceIds) {
        assertTrue(streamed.isEmpty(), "traces reported before the exploration ended");
        explored.add(traceIds);
      }

      @Override
      public void traceDone(Path specFile, TraceResult result) {
        streamed.add(result);
      }
    };
    Path prop = BRIDGE.resolve("props/no_loop.py");
    Verification.Result r = Verification.run(BRIDGE, LoadedNf.load(BRIDGE), List.of(prop),
        120_000, 2, progress::add, CancelToken.none(), observer);

    assertEquals(1, explored.size());
    int traces = r.specs().get(0).traces().size();
    assertEquals(traces, explored.get(0).size());
    assertEquals(traces, streamed.size());
    assertNotNull(r.tree());
    List<Phase> phases = progress.stream().map(Progress::phase).distinct().toList();
    assertEquals(List.of(Phase.FRONT_END, Phase.SYMBOLIC_EXECUTION, Phase.VALIDATION, Phase.DONE),
        phases);
    List<Progress> validation =
        progress.stream().filter(p -> p.phase() == Phase.VALIDATION).toList();
    assertEquals(traces, validation.stream().mapToLong(Progress::total).max().orElse(-1));
    assertEquals(traces, validation.stream().mapToLong(Progress::done).max().orElse(-1));
  }

  @Test
  void cancelDuringValidationStopsWithinASecond() throws Exception {
    CancelToken cancel = new CancelToken();
    CountDownLatch validating = new CountDownLatch(1);
    CompletableFuture<Verification.Result> run = CompletableFuture.supplyAsync(() -> {
      try {
        return Verification.run(BRIDGE, LoadedNf.load(BRIDGE), List.of(BRIDGE.resolve("spec.py")),
            120_000, 1, p -> {
              if (p.phase() == Phase.VALIDATION && p.done() >= 1) {
                validating.countDown();
              }
            }, cancel, VerificationObserver.NONE);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    assertTrue(validating.await(120, TimeUnit.SECONDS), "validation never started");
    long t0 = System.nanoTime();
    cancel.cancel();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> run.get(5, TimeUnit.SECONDS));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(e.getCause() instanceof CancelledException, String.valueOf(e.getCause()));
    assertTrue(ms < 1000, "stopped " + ms + " ms after cancel");
  }

  @Test
  void cancelBeforeTheRunStartsStopsAtOnce() {
    CancelToken cancel = new CancelToken();
    cancel.cancel();
    assertThrows(CancelledException.class, () -> Verification.run(BRIDGE, LoadedNf.load(BRIDGE),
        List.of(BRIDGE.resolve("props/no_loop.py")), 120_000, 1, p -> {}, cancel,
        VerificationObserver.NONE));
  }
}
