package dev.vigor.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void progressRejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> new Progress(Phase.VALIDATION, 5, 3, "x"));
    assertEquals(-1.0, new Progress(Phase.SYMBOLIC_EXECUTION, 7, -1, "paths").fraction());
    assertEquals(0.5, new Progress(Phase.VALIDATION, 2, 4, "traces").fraction());
  }
}
