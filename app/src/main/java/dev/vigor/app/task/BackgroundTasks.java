package dev.vigor.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** The workbench's {@link TaskExecutor}: a small pool of daemon threads, so work never blocks exit. */
public final class BackgroundTasks implements TaskExecutor {
  private final ExecutorService pool;

  /** A pool sized to the machine, at least two threads so a file read never waits behind a long job. */
  public BackgroundTasks() {
    this(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** A pool with the given number of threads. */
  public BackgroundTasks(int threads) {
    this.pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
  }

  @Override
  public <T> Task<T> execute(Task<T> task) {
    try {
      pool.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // Work arriving after shutdown (an autosave timer firing as a window closes) has nowhere
      // to run: it ends cancelled, as if the window had closed a moment earlier.
      task.cancel();
    }
    return task;
  }

  @Override
  public void shutdown() {
    pool.shutdownNow();
    // Interrupted work may still be writing (a trace cache entry, an autosave): let it finish,
    // briefly, so a closing window leaves no file half written (a CI run saw the workspace's
    // .vigor folder written to after the window had closed).
    try {
      pool.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "vigor-background-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
