package dev.vigor.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.run.CancelToken;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Live runs without a window: a new start or an edit cancels the run under way (its engine token),
 * and only the newest run's result is delivered, however the runs finish.
 */
class LiveRunsTest {
  private final ExecutorService background = Executors.newCachedThreadPool();
  // Results are handed over here, as Platform.runLater would; the test plays the FX thread.
  private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
  private final List<String> delivered = new ArrayList<>();
  private final LiveRuns<String> runs = new LiveRuns<>(background, fx::add, delivered::add);

  @AfterEach
  void stop() {
    background.shutdownNow();
  }

  @Test
  void aNewStartCancelsTheRunningOneAndOnlyTheNewestIsDelivered() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CancelToken[] first = new CancelToken[1];
    runs.start(cancel -> {
      first[0] = cancel;
      firstStarted.countDown();
      await(release);
      return "old text's verdict"; // finishes despite the cancel, as a trace under way does
    });
    assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
    runs.start(cancel -> "new text's verdict");
    assertTrue(first[0].isCancelled(), "the first run's engine is told to stop");
    release.countDown();
    drain(2);
    assertEquals(List.of("new text's verdict"), delivered);
  }

  @Test
  void anEditCancelsTheRunAndDropsItsResult() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CancelToken[] token = new CancelToken[1];
    runs.start(cancel -> {
      token[0] = cancel;
      started.countDown();
      await(release);
      return "verdict of the text before the edit";
    });
    assertTrue(started.await(5, TimeUnit.SECONDS));
    runs.stale();
    assertTrue(token[0].isCancelled());
    release.countDown();
    drain(1);
    assertEquals(List.of(), delivered, "a result for text no longer shown is dropped");
  }

  @Test
  void aCancelledRunDeliversNothingAndTheNextOneIsShown() throws Exception {
    runs.start(cancel -> {
      throw new dev.vigor.engine.run.CancelledException();
    });
    runs.start(cancel -> "proved");
    drain(1);
    assertEquals(List.of("proved"), delivered);
  }

  private void drain(int expected) throws InterruptedException {
    for (int i = 0; i < expected; i++) {
      Runnable r = fx.poll(5, TimeUnit.SECONDS);
      if (r != null) {
        r.run();
      }
    }
    Runnable late = fx.poll(200, TimeUnit.MILLISECONDS);
    if (late != null) {
      late.run();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
