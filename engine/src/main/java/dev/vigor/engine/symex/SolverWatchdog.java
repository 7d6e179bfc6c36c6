package dev.vigor.engine.symex;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a solver query with a hard wall past its budget. Z3's {@code timeout} parameter is polled
 * by its tactics, and some bit-vector queries (a 64-bit multiplier being bit-blasted) went on for
 * minutes past it; a query that outlives its budget by the grace below is interrupted from another
 * thread, and answers unknown ("canceled"), which every caller already reads as budget exhausted.
 */
public final class SolverWatchdog {
  /** How long past its budget a query may run before it is interrupted. */
  static long graceMs(long budgetMs) {
    return Math.max(1000, budgetMs / 2);
  }

  private static final long PERIOD_MS = 20;

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "vigor-solver-watchdog");
    t.setDaemon(true);
    return t;
  });

  private SolverWatchdog() {}

  /**
   * s.check(assumptions), interrupted through ctx if it runs past budgetMs plus the grace (0: no
   * budget, no wall). Only the query's own context is interrupted: a context is used by one
   * thread at a time, so no other query can be hit.
   */
  public static Status check(Context ctx, Solver s, long budgetMs, BoolExpr... assumptions) {
    if (budgetMs <= 0 || budgetMs >= Integer.MAX_VALUE) {
      return s.check(assumptions);
    }
    AtomicBoolean done = new AtomicBoolean();
    // One interrupt can land between two of Z3's internal steps and be cleared: repeat until done.
    // The lock keeps an interrupt from landing after the check returned: by then the caller may
    // have closed ctx (a native use after free) or started its next query (cancelled for nothing).
    ScheduledFuture<?> wall = TIMER.scheduleAtFixedRate(() -> {
      synchronized (done) {
        if (!done.get()) {
          try {
            ctx.interrupt();
          } catch (com.microsoft.z3.Z3Exception e) {
            // reported as an error by some Z3 versions; the interrupt still landed
          }
        }
      }
    }, budgetMs + graceMs(budgetMs), PERIOD_MS, TimeUnit.MILLISECONDS);
    try {
      return s.check(assumptions);
    } finally {
      synchronized (done) {
        done.set(true);
      }
      wall.cancel(false);
    }
  }
}
