package dev.vigor.engine.validate;

import com.microsoft.z3.Context;
import dev.vigor.engine.run.CancelToken;

/**
 * Once a run is cancelled, interrupts a Z3 context every few milliseconds until closed. One
 * interrupt is not enough: it stops only the query running at that instant, and validating one
 * trace asks many queries, so a lone interrupt landing between two of them would be lost.
 * Closing stops the interrupts before the context itself is closed.
 */
final class SolverInterrupter implements AutoCloseable {
  private static final long PERIOD_MS = 20;

  private final Context ctx;
  private final AutoCloseable hook;
  private boolean closed;
  private Thread thread;

  private SolverInterrupter(CancelToken cancel, Context ctx) {
    this.ctx = ctx;
    this.hook = cancel.onCancel(this::startInterrupting);
  }

  /** Interrupts ctx from the moment cancel is cancelled until this is closed. */
  static SolverInterrupter arm(CancelToken cancel, Context ctx) {
    return new SolverInterrupter(cancel, ctx);
  }

  private synchronized void startInterrupting() {
    if (closed || thread != null) {
      return;
    }
    thread = new Thread(() -> {
      while (true) {
        // Under the lock close takes: once close returned, no interrupt reaches ctx, which its
        // owner may close at once (an interrupt on a closed context is a native use after free).
        synchronized (this) {
          if (closed) {
            return;
          }
          try {
            ctx.interrupt();
          } catch (com.microsoft.z3.Z3Exception e) {
            // Z3 may report the interrupt itself as an error ("push canceled"): it still landed.
          }
        }
        try {
          Thread.sleep(PERIOD_MS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "vigor-z3-interrupt");
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether a thread interrupts ctx now (for tests). */
  synchronized boolean interrupting() {
    return thread != null && thread.isAlive();
  }

  @Override
  public void close() throws Exception {
    Thread t;
    synchronized (this) {
      closed = true;
      t = thread;
    }
    hook.close();
    if (t != null) {
      t.interrupt();
      // The closing thread may itself be interrupted (a cancelled run's pool is shut down now):
      // still wait for the interrupter, then keep the interrupt for the caller.
      boolean interrupted = false;
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
