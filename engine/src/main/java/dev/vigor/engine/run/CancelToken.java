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
  private final List<Registration> hooks = new ArrayList<>();

  /** A token nobody can cancel, for callers that never do. */
  public static CancelToken none() {
    return new CancelToken();
  }

  /** Cancels the work and runs every registered hook once. Idempotent. */
  public void cancel() {
    List<Registration> toRun;
    synchronized (hooks) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toRun = List.copyOf(hooks);
      hooks.clear();
    }
    // Outside the list's lock: a hook may cancel another token, whose hooks take their own locks.
    for (Registration hook : toRun) {
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
   * for hooks tied to a resource that goes away (a solver that finished): once the handle is
   * closed the hook is not running and never runs, so the resource may be released right after
   * (a Z3 context interrupted after it was closed takes the JVM down).
   */
  public AutoCloseable onCancel(Runnable hook) {
    Registration r = new Registration(hook);
    synchronized (hooks) {
      if (!cancelled) {
        hooks.add(r);
        return () -> {
          synchronized (hooks) {
            hooks.remove(r);
          }
          r.close();
        };
      }
    }
    r.run();
    return r::close;
  }

  /** One hook: run at most once, and never after (or while) its handle is closed. */
  private static final class Registration {
    private final Runnable hook;
    private boolean closed;

    Registration(Runnable hook) {
      this.hook = hook;
    }

    synchronized void run() {
      if (!closed) {
        closed = true;
        hook.run();
      }
    }

    synchronized void close() {
      closed = true;
    }
  }
}
