package dev.vigor.app.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Carries engine events to the FX thread in batches: however many arrive, at most one
 * {@link Platform#runLater} is pending, so a burst of 2,000 trace results does not flood the
 * event queue. Events run in the order they were posted.
 */
final class FxEventPump {
  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  /** Runs event on the FX thread, after every event posted before it. Any thread. */
  void post(Runnable event) {
    queue.add(event);
    if (scheduled.compareAndSet(false, true)) {
      Platform.runLater(this::drain);
    }
  }

  private void drain() {
    scheduled.set(false);
    List<Runnable> batch = new ArrayList<>();
    for (Runnable r; (r = queue.poll()) != null; ) {
      batch.add(r);
    }
    batch.forEach(Runnable::run);
  }
}
