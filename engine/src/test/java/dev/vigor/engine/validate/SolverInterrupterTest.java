package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import dev.vigor.engine.run.CancelToken;
import org.junit.jupiter.api.Test;

/**
 * The interrupter must be done with a context when close returns, whoever closes it: the context
 * is closed right after, and an interrupt reaching a closed context is a native use after free
 * (the JVM dies).
 */
class SolverInterrupterTest {

  /**
   * A cancelled run's worker pool is shut down, so the worker closing its interrupter is itself
   * interrupted: close still waits for the interrupting thread, and keeps the worker's interrupt.
   */
  @Test
  void anInterruptedCloserStillWaitsForTheInterruptingThread() throws Exception {
    try (Context ctx = new Context()) {
      for (int i = 0; i < 20; i++) {
        CancelToken cancel = new CancelToken();
        SolverInterrupter interrupter = SolverInterrupter.arm(cancel, ctx);
        cancel.cancel();
        Thread.sleep(5);
        assertTrue(interrupter.interrupting(), "cancelling started no interrupting thread");
        Thread.currentThread().interrupt();
        interrupter.close();
        assertTrue(Thread.interrupted(), "the closer's own interrupt is kept (and cleared here)");
        assertFalse(interrupter.interrupting(), "the interrupting thread outlived close");
      }
    }
  }
}
