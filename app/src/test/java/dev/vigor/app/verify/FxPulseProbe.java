package dev.vigor.app.verify;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps events waiting: every period a ping is posted with
 * {@link Platform#runLater} and the time until it runs is recorded. A blocked FX thread shows as
 * a long wait. Pings posted after {@link #markEnd()} (what the UI does once a run has ended, such
 * as showing a notification) are counted apart.
 */
final class FxPulseProbe {
  /** What the probe saw, during the run and after it ended. */
  record Report(int pings, int samples, long p99Millis, long maxGapMillis,
      long maxGapAfterEndMillis) {
    @Override
    public String toString() {
      return pings + " pings every 10 ms, " + samples + " stack samples; wait for the FX thread during the run: 99th percentile "
          + p99Millis + " ms, longest " + maxGapMillis + " ms; longest after it ended "
          + maxGapAfterEndMillis + " ms";
    }
  }

  private final java.util.concurrent.ConcurrentLinkedQueue<Long> waits =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final AtomicInteger pings = new AtomicInteger();
  private final AtomicLong maxNanos = new AtomicLong();
  private final AtomicLong maxAfterEndNanos = new AtomicLong();
  private volatile long endNanos = Long.MAX_VALUE;
  private final java.util.concurrent.ConcurrentLinkedQueue<Long> pending =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private volatile FxStallSampler sampler;

  static FxPulseProbe start(int periodMillis) {
    FxPulseProbe p = new FxPulseProbe();
    Platform.runLater(() -> p.sampler = new FxStallSampler(Thread.currentThread()));
    p.timer.scheduleAtFixedRate(p::ping, 0, periodMillis, TimeUnit.MILLISECONDS);
    return p;
  }

  /**
   * Where the FX thread was while pings waited more than 50 ms, most frequent first, and any
   * sample of it running engine code.
   */
  int engineSamples() {
    return sampler == null ? 0 : sampler.engineSamples();
  }

  String stalls() {
    return sampler == null ? "" : sampler.top(4);
  }

  /** The run ended now. */
  void markEnd() {
    endNanos = System.nanoTime();
  }

  private void ping() {
    long posted = System.nanoTime();
    Long oldest = pending.peek();
    if (sampler != null && posted < endNanos) {
      sampler.sample(oldest != null && posted - oldest > 50_000_000L);
    }
    pending.add(posted);
    Platform.runLater(() -> {
      pending.remove(posted);
      pings.incrementAndGet();
      long waited = System.nanoTime() - posted;
      if (posted < endNanos) {
        waits.add(waited);
      }
      (posted < endNanos ? maxNanos : maxAfterEndNanos).accumulateAndGet(waited, Math::max);
    });
  }

  Report stop() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(1, TimeUnit.SECONDS);
    long[] sorted = waits.stream().mapToLong(Long::longValue).sorted().toArray();
    long p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))];
    return new Report(pings.get(), sampler == null ? 0 : sampler.count(), p99 / 1_000_000, maxNanos.get() / 1_000_000,
        maxAfterEndNanos.get() / 1_000_000);
  }
}
