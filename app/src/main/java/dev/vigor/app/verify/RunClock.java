package dev.vigor.app.verify;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The elapsed time of a run, as text refreshed five times a second while it runs. A timer thread
 * asks the FX thread for each refresh, rather than a Timeline: a running animation makes JavaFX
 * render every frame, and with software rendering that kept a whole core busy during a run (the
 * engine's core on a two-core machine), which made the run itself several times slower.
 */
final class RunClock {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "vigor-run-clock");
    t.setDaemon(true);
    return t;
  });

  private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
  private ScheduledFuture<?> ticking;
  private long startNanos;

  /** Starts counting from zero. FX thread. */
  void start() {
    startNanos = System.nanoTime();
    tick();
    if (ticking != null) {
      ticking.cancel(false);
    }
    ticking = TIMER.scheduleAtFixedRate(() -> Platform.runLater(this::tickIfRunning), 200, 200,
        TimeUnit.MILLISECONDS);
  }

  /** Stops the clock and returns the seconds since start. FX thread. */
  double stop() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
    tick();
    return seconds();
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  ReadOnlyStringProperty elapsedProperty() {
    return elapsed.getReadOnlyProperty();
  }

  private void tickIfRunning() {
    if (ticking != null) {
      tick();
    }
  }

  private void tick() {
    elapsed.set(String.format("%.1f s", seconds()));
  }
}
