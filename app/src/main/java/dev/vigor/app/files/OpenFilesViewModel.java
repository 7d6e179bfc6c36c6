package dev.vigor.app.files;

import dev.vigor.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files open in the centre area and which one is in front. */
public final class OpenFilesViewModel {
  private final TaskExecutor tasks;
  private final ObservableList<OpenFile> files = FXCollections.observableArrayList();
  private final ObjectProperty<OpenFile> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();

  /** Open files read through tasks. */
  public OpenFilesViewModel(TaskExecutor tasks) {
    this.tasks = tasks;
  }

  /** Brings the file to the front, reading it first when it is not open yet. */
  public void open(Path path) {
    Path normalized = path.toAbsolutePath().normalize();
    Optional<OpenFile> already = find(normalized);
    if (already.isPresent()) {
      selected.set(already.get());
      return;
    }
    ReadTextFileTask task = new ReadTextFileTask(normalized);
    message.set("Opening " + normalized + " …");
    task.setOnSucceeded(e -> {
      message.set("");
      // Two quick clicks may both have started a read; keep one tab.
      OpenFile file = find(normalized).orElseGet(() -> {
        files.add(task.getValue());
        return task.getValue();
      });
      selected.set(file);
    });
    task.setOnFailed(e -> message.set("Could not open " + normalized + ": "
        + (task.getException() == null ? "unknown error" : task.getException().getMessage())));
    tasks.execute(task);
  }

  /** Closes the file; another one comes to the front. */
  public void close(OpenFile file) {
    files.remove(file);
  }

  private Optional<OpenFile> find(Path path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The open files, in the order they were opened. */
  public ObservableList<OpenFile> files() {
    return files;
  }

  /** The file in front, or null when none is open. */
  public ObjectProperty<OpenFile> selectedProperty() {
    return selected;
  }

  /** The file being opened, or the last one that could not be and why; empty otherwise. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
