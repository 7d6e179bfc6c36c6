package dev.vigor.app.files;

import dev.vigor.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Keeps unsaved buffers recoverable: when the user pauses typing, dirty buffers are written to the
 * {@link AutosaveStore} (clean ones' autosaves deleted); at startup it lists autosaves a crashed
 * session left. Disk work goes through the {@link TaskExecutor}; problems go to {@code report}.
 */
final class Autosaver {
  private final TaskExecutor tasks;
  private final AutosaveStore store;
  private final Consumer<String> report;
  private final PauseTransition idle;
  private final ObservableList<Autosave> recoverable = FXCollections.observableArrayList();
  // Bumped on the FX thread when a file's autosave becomes stale (saved, discarded): a write
  // captured before that, running on another pool thread after the deletion, is then skipped
  // instead of leaving an autosave of a saved file behind.
  private final Map<Path, AtomicLong> generations = new ConcurrentHashMap<>();

  /** Autosaves the buffers {@code files} supplies, {@code idleMillis} after the last edit. */
  Autosaver(TaskExecutor tasks, AutosaveStore store, long idleMillis,
      Supplier<List<OpenFile>> files, Consumer<String> report) {
    this.tasks = tasks;
    this.store = store;
    this.report = report;
    this.idle = new PauseTransition(Duration.millis(idleMillis));
    idle.setOnFinished(e -> saveNow(files.get()));
  }

  /** Restarts the idle timer on every edit of {@code file}. */
  void watch(OpenFile file) {
    file.textProperty().addListener((o, old, now) -> idle.playFromStart());
  }

  /** Writes the dirty buffers among {@code files} now and forgets the clean ones' autosaves. */
  void saveNow(List<OpenFile> files) {
    Map<Path, String> dirty = new LinkedHashMap<>();
    Map<Path, Long> seen = new LinkedHashMap<>();
    List<Path> clean = files.stream().filter(f -> !f.isDirty()).map(OpenFile::path).toList();
    files.stream().filter(OpenFile::isDirty).forEach(f -> {
      dirty.put(f.path(), f.text());
      seen.put(f.path(), generation(f.path()).get());
    });
    if (dirty.isEmpty() && clean.isEmpty()) {
      return;
    }
    run("autosave to " + store.dir(), () -> {
      synchronized (store) {
        for (Map.Entry<Path, String> e : dirty.entrySet()) {
          if (generation(e.getKey()).get() == seen.get(e.getKey())) {
            store.write(e.getKey(), e.getValue());
          }
        }
        for (Path path : clean) {
          store.remove(path);
        }
      }
    });
  }

  /** Deletes the autosave of {@code original} (it was saved or its edits discarded). */
  void forget(Path original) {
    stale(original);
    run("delete the autosave of " + original, () -> remove(original));
  }

  /**
   * Marks the autosaves of these files stale (on the FX thread, before a save that then calls
   * {@link #remove}): autosave writes captured earlier are skipped.
   */
  void stale(Path... originals) {
    for (Path p : originals) {
      generation(p).incrementAndGet();
    }
  }

  /** Deletes the autosave of {@code original} now, in a background step (after {@link #stale}). */
  void remove(Path original) throws java.io.IOException {
    synchronized (store) {
      store.remove(original);
    }
  }

  private AtomicLong generation(Path p) {
    return generations.computeIfAbsent(p, k -> new AtomicLong());
  }

  /** Lists, in the background, the autosaves an earlier session left into {@link #recoverable()}. */
  void findLeftovers() {
    Task<List<Autosave>> task = new Task<>() {
      @Override
      protected List<Autosave> call() throws Exception {
        return store.pending();
      }
    };
    task.setOnSucceeded(e -> recoverable.setAll(task.getValue()));
    task.setOnFailed(e -> report.accept("Could not read autosaves in " + store.dir() + ": "
        + OpenFilesViewModel.reason(task)));
    tasks.execute(task);
  }

  /** Autosaves offered back, until taken or discarded. */
  ObservableList<Autosave> recoverable() {
    return recoverable;
  }

  /** Empties the offer, returning what it held. */
  List<Autosave> takeRecoverable() {
    List<Autosave> taken = List.copyOf(recoverable);
    recoverable.clear();
    return taken;
  }

  private interface DiskWork {
    void run() throws Exception;
  }

  private void run(String what, DiskWork work) {
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        work.run();
        return null;
      }
    };
    task.setOnFailed(e -> report.accept("Could not " + what + ": " + OpenFilesViewModel.reason(task)));
    tasks.execute(task);
  }
}
