package dev.vigor.engine.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a caller stop engine work. Work polls {@link #throwIfCancelled()} between steps; long
 * solver calls register an {@link #onCancel(Runnable) interrupt hook} so a cancel also stops a
 * query that is already running.
 */
public final class CancelToken {
  private volatile boolean cancelled;
  private final List<Runnable> hooks = new ArrayList<>();

  /** A token nobody can cancel, for callers that never do. */
  public static CancelToken none() {
    return new CancelToken();
  }

  /** Cancels the work and runs every registered hook once. Idempotent. */
  public void cancel() {
    List<Runnable> toRun;
    synchronized (hooks) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toRun = List.copyOf(hooks);
      hooks.clear();
    }
    for (Runnable hook : toRun) {
      hook.run();
    }
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Throws {@link CancelledException} if cancelled. */
  public void throwIfCancelled() {
    if (cancelled) {
      throw new CancelledException();
    }
  }

  /**
   * Runs hook on cancellation (at once if already cancelled). Returns a handle that unregisters it,
   * for hooks tied to a resource that goes away (a solver that finished).
   */
  public AutoCloseable onCancel(Runnable hook) {
    synchronized (hooks) {
      if (!cancelled) {
        hooks.add(hook);
        return () -> {
          synchronized (hooks) {
            hooks.remove(hook);
          }
        };
      }
    }
    hook.run();
    return () -> {};
  }
}
