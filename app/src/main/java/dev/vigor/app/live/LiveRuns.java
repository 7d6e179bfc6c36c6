package dev.vigor.app.live;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.CancelledException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Background runs of which only the newest counts: each start cancels the run before it (through
 * its {@link CancelToken}, so the engine stops soon) and every edit does too; a result arrives
 * through {@code deliverOn} only while no start or edit came after its own start. The owner calls
 * it from one thread (the FX thread); the work runs on {@code background}.
 */
final class LiveRuns<R> {
  private final Executor background;
  private final Executor deliverOn;
  private final Consumer<R> deliver;
  private long version;
  private CancelToken running = CancelToken.none();

  /** Runs on background, results handed to deliver on deliverOn (e.g. Platform::runLater). */
  LiveRuns(Executor background, Executor deliverOn, Consumer<R> deliver) {
    this.background = Objects.requireNonNull(background);
    this.deliverOn = Objects.requireNonNull(deliverOn);
    this.deliver = Objects.requireNonNull(deliver);
  }

  /** What the run was for changed: the running run is cancelled and its result will be dropped. */
  void stale() {
    version++;
    running.cancel();
  }

  /**
   * Starts work, cancelling any run before it; work gets the token to poll and pass to the engine.
   * A run that ends in {@link CancelledException} delivers nothing.
   */
  void start(Function<CancelToken, R> work) {
    stale();
    long mine = version;
    CancelToken token = new CancelToken();
    running = token;
    try {
      background.execute(() -> {
        R result;
        try {
          result = work.apply(token);
        } catch (CancelledException cancelled) {
          return;
        }
        deliverOn.execute(() -> {
          if (mine == version && !token.isCancelled()) {
            deliver.accept(result);
          }
        });
      });
    } catch (RejectedExecutionException closing) {
      // The executor is shut down (the window closes): nothing left to show it in.
    }
  }
}
