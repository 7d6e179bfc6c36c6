package dev.vigor.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Conditions on the UI's state for {@code WaitForAsyncUtils.waitFor}, evaluated on the FX thread:
 * read from the test thread, a list the UI is filling can change mid-read (a CI run failed with a
 * ConcurrentModificationException while the trace table filled).
 */
public final class FxWait {
  private FxWait() {}

  /** The condition, asked on the FX thread each time it is polled. */
  public static Callable<Boolean> onFx(Callable<Boolean> condition) {
    return () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
  }
}
