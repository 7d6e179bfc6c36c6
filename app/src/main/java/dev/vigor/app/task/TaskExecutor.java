package dev.vigor.app.task;

import javafx.concurrent.Task;

/**
 * Runs engine and file work off the JavaFX thread. View-models depend on this seam, never on a
 * thread pool, so tests can substitute one and every long job goes through the same place.
 */
public interface TaskExecutor {
  /** Starts the task in the background and returns it, for binding to its properties. */
  <T> Task<T> execute(Task<T> task);

  /** Stops accepting work and cancels what is running (on application exit). */
  void shutdown();
}
