package dev.vigor.engine.run;

/**
 * Asks a run to stop early but still answer with what it has decided (unlike a cancel, which
 * throws it away): after the first violation ({@code --fail-fast}) or when the run's time budget
 * runs out. The reason is reported with the partial result. The first stop wins.
 */
public final class EarlyStop {
  private final CancelToken token = new CancelToken();
  private volatile String reason;

  /** A stop nobody triggers. */
  public static EarlyStop never() {
    return new EarlyStop();
  }

  /** Stops the run, saying why in words (e.g. "stopped at the first violation (--fail-fast)"). */
  public void stop(String why) {
    synchronized (this) {
      if (reason != null) {
        return;
      }
      reason = why;
    }
    token.cancel();
  }

  /** Whether {@link #stop(String)} was called. */
  public boolean isStopped() {
    return reason != null;
  }

  /** Why the run stopped, or null while it has not. */
  public String reason() {
    return reason;
  }

  /** Runs hook once the run is stopped (at once if it already is); the handle unregisters it. */
  public AutoCloseable onStop(Runnable hook) {
    return token.onCancel(hook);
  }
}
