package dev.vigor.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancelTokenTest {
  @Test
  void hooksRunOnceOnCancelAndLateHooksRunAtOnce() throws Exception {
    CancelToken token = new CancelToken();
    AtomicInteger calls = new AtomicInteger();
    token.onCancel(calls::incrementAndGet);
    AutoCloseable removed = token.onCancel(() -> calls.addAndGet(100));
    removed.close();
    assertFalse(token.isCancelled());
    token.throwIfCancelled();
    token.cancel();
    token.cancel();
    assertEquals(1, calls.get());
    assertThrows(CancelledException.class, token::throwIfCancelled);
    token.onCancel(calls::incrementAndGet);
    assertEquals(2, calls.get());
    assertTrue(token.isCancelled());
  }

  /**
   * A hook's handle, once closed, means the hook is done: the resource it touches (a Z3 context it
   * interrupts) is released right after, and a hook still running then would use it after it is
   * gone (the JVM dies).
   */
  @Test
  void closingAHandleWaitsForItsHookIfItIsRunning() throws Exception {
    CancelToken token = new CancelToken();
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean finished = new AtomicBoolean();
    AutoCloseable handle = token.onCancel(() -> {
      started.countDown();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      finished.set(true);
    });
    Thread canceller = new Thread(token::cancel);
    canceller.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));
    handle.close();
    assertTrue(finished.get(), "close returned while the hook was still running");
    canceller.join();
  }

  @Test
  void progressRejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> new Progress(Phase.VALIDATION, 5, 3, "x"));
    assertEquals(-1.0, new Progress(Phase.SYMBOLIC_EXECUTION, 7, -1, "paths").fraction());
    assertEquals(0.5, new Progress(Phase.VALIDATION, 2, 4, "traces").fraction());
  }
}
