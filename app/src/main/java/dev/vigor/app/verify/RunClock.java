package dev.vigor.app.verify;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/** The elapsed time of a run, as text refreshed ten times a second while it runs. */
final class RunClock {
  private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
  private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> tick()));
  private long startNanos;

  RunClock() {
    ticker.setCycleCount(Timeline.INDEFINITE);
  }

  void start() {
    startNanos = System.nanoTime();
    tick();
    ticker.play();
  }

  /** Stops the clock and returns the seconds since start. */
  double stop() {
    ticker.stop();
    tick();
    return seconds();
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  ReadOnlyStringProperty elapsedProperty() {
    return elapsed.getReadOnlyProperty();
  }

  private void tick() {
    elapsed.set(String.format("%.1f s", seconds()));
  }
}
