package dev.vigor.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.app.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Autosave writes and deletions run on a pool of threads: an autosave captured before the file
 * was saved must not land after the save deleted it (a CI run saw it left behind).
 */
class AutosaverTest {
  @TempDir Path tmp;

  /** Holds tasks until the test runs them, in the order it chooses. */
  private static final class HeldTasks implements TaskExecutor {
    final List<Task<?>> held = new ArrayList<>();

    @Override
    public <T> Task<T> execute(Task<T> task) {
      held.add(task);
      return task;
    }

    @Override
    public void shutdown() { }
  }

  @BeforeAll
  static void startToolkit() throws TimeoutException {
    FxToolkit.registerPrimaryStage(); // a Task reports its state on the JavaFX thread
  }

  @Test
  void aWriteCapturedBeforeTheFileWasForgottenIsSkippedWhenItRunsLast() throws Exception {
    Path file = Files.writeString(tmp.resolve("p.py"), "on disk\n");
    OpenFile open = new OpenFile(file, "on disk\n");
    open.textProperty().set("edited\n");
    HeldTasks tasks = new HeldTasks();
    AutosaveStore store = new AutosaveStore(tmp.resolve("autosave"));
    Autosaver autosaver = new Autosaver(tasks, store, 1000, () -> List.of(open), m -> { });

    autosaver.saveNow(List.of(open));   // captured while dirty
    autosaver.forget(file);             // then discarded (or saved)
    assertEquals(2, tasks.held.size());
    tasks.held.get(1).run();            // the deletion runs first on one thread,
    tasks.held.get(0).run();            // the captured write later on another

    assertEquals(List.of(), store.pending(), "no autosave of a forgotten file is left");
  }

  @Test
  void aWriteCapturedAfterwardsIsKept() throws Exception {
    Path file = Files.writeString(tmp.resolve("q.py"), "on disk\n");
    OpenFile open = new OpenFile(file, "on disk\n");
    HeldTasks tasks = new HeldTasks();
    AutosaveStore store = new AutosaveStore(tmp.resolve("autosave"));
    Autosaver autosaver = new Autosaver(tasks, store, 1000, () -> List.of(open), m -> { });

    autosaver.forget(file);
    open.textProperty().set("typed after\n");
    autosaver.saveNow(List.of(open));
    tasks.held.forEach(Task::run);

    assertEquals(List.of("typed after\n"), store.pending().stream().map(Autosave::text).toList());
  }
}
