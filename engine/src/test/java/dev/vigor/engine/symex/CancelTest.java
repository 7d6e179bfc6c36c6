package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.run.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Progress is reported per path, and a cancel stops the exploration before the next path. */
class CancelTest {
  @Test
  void progressCountsEveryPath() throws Exception {
    Path dir = Nfs.catalog("bridge");
    List<Progress> seen = new CopyOnWriteArrayList<>();
    try (SymexResult r = SymbolicExecutor.run(Nfs.compile(dir), Nfs.config(dir), seen::add, CancelToken.none())) {
      assertTrue(seen.stream().allMatch(p -> p.phase() == Phase.SYMBOLIC_EXECUTION));
      assertEquals(r.traces().size(), seen.get(seen.size() - 1).done());
    }
  }

  @Test
  void cancelAfterTheFirstPathStopsBeforeTheSecond() throws Exception {
    Path dir = Nfs.catalog("bridge");
    Program p = Nfs.compile(dir);
    NfConfig config = Nfs.config(dir);
    CancelToken token = new CancelToken();
    List<Progress> seen = new CopyOnWriteArrayList<>();
    assertThrows(CancelledException.class, () -> SymbolicExecutor.run(p, config, progress -> {
      seen.add(progress);
      if (progress.done() >= 1) {
        token.cancel();
      }
    }, token));
    // the token is polled at least once per path: no path after the cancel was completed
    assertEquals(1, seen.get(seen.size() - 1).done());
  }

  @Test
  void cancelFromAnotherThreadStopsARunMidway() throws Exception {
    Path dir = Nfs.catalog("firewall");
    Program p = Nfs.compile(dir);
    NfConfig config = Nfs.config(dir);
    CancelToken token = new CancelToken();
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    CountDownLatch firstPath = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    Thread t = new Thread(() -> {
      // the run pauses after its first path until the other thread has cancelled: no race
      ProgressListener pause = progress -> {
        if (progress.done() == 1 && firstPath.getCount() > 0) {
          firstPath.countDown();
          try {
            cancelled.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      };
      try (SymexResult r = SymbolicExecutor.run(p, config, pause, token)) {
        outcome.set(null);
      } catch (Throwable e) {
        outcome.set(e);
      }
    });
    t.start();
    assertTrue(firstPath.await(60, TimeUnit.SECONDS));
    token.cancel();
    cancelled.countDown();
    t.join(TimeUnit.SECONDS.toMillis(60));
    assertFalse(t.isAlive(), "the run ignored the cancel");
    assertTrue(outcome.get() instanceof CancelledException, String.valueOf(outcome.get()));
  }
}
