package dev.vigor.app.verify;

import dev.vigor.app.task.TaskExecutor;
import javafx.concurrent.Task;

/** A task executor for tests that never start the engine: any background work fails the test. */
final class NoTasks implements TaskExecutor {
  static final NoTasks INSTANCE = new NoTasks();

  private NoTasks() {}

  @Override
  public <T> Task<T> execute(Task<T> task) {
    throw new AssertionError("no background work expected");
  }

  @Override
  public void shutdown() {}
}
