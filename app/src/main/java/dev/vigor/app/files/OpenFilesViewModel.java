package dev.vigor.app.files;

import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.workspace.AtomicFiles;
import dev.vigor.app.workspace.WorkspaceFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The files open in the centre area, which one is in front, and their life cycle: opening (also at
 * a line), saving atomically (catalog templates as copies in the workspace), closing with a question
 * when edits are unsaved, autosaving dirty buffers when the user pauses, and offering autosaves
 * back after a crash. Disk and engine work go through the {@link TaskExecutor}.
 */
public final class OpenFilesViewModel {
  /** System property: idle milliseconds before dirty buffers are autosaved (default 3000). */
  public static final String AUTOSAVE_IDLE_PROPERTY = "vigor.autosave.idleMillis";

  private final TaskExecutor tasks;
  private final WorkspaceFolder workspace;
  private final AutosaveStore autosaves;
  private final ObservableList<OpenFile> files = FXCollections.observableArrayList();
  private final ObjectProperty<OpenFile> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
  private final ObjectProperty<Path> catalogFolder = new SimpleObjectProperty<>();
  private final ObservableList<Autosave> recoverable = FXCollections.observableArrayList();
  private final PauseTransition idle;
  private FilePrompts prompts = FilePrompts.CAUTIOUS;
  private Runnable workspaceChanged = () -> {};

  /** Open files read through tasks, with the workspace named by the system properties. */
  public OpenFilesViewModel(TaskExecutor tasks) {
    this(tasks, WorkspaceFolder.fromSystem());
  }

  /** Open files read through tasks; saves of catalog templates and autosaves go to {@code workspace}. */
  public OpenFilesViewModel(TaskExecutor tasks, WorkspaceFolder workspace) {
    this.tasks = tasks;
    this.workspace = workspace;
    this.autosaves = new AutosaveStore(workspace.autosaveDir());
    this.idle = new PauseTransition(Duration.millis(Long.getLong(AUTOSAVE_IDLE_PROPERTY, 3000L)));
    idle.setOnFinished(e -> autosaveNow());
  }

  /** Brings the file to the front, reading it first when it is not open yet. */
  public void open(Path path) {
    openThen(path, file -> {});
  }

  /**
   * Brings the file to the front (reading it first when needed) and scrolls to and highlights
   * 1-based {@code line} in it: the C viewer and the spec editor both follow.
   */
  public void openAt(Path path, int line) {
    openThen(path, file -> file.reveal(line));
  }

  /** The open file at {@code path}, if it is open: its buffer text, dirty mark, reveal requests. */
  public Optional<OpenFile> find(Path path) {
    Path normalized = path.toAbsolutePath().normalize();
    return files.stream().filter(f -> f.path().equals(normalized)).findFirst();
  }

  private void openThen(Path path, Consumer<OpenFile> then) {
    Path normalized = path.toAbsolutePath().normalize();
    Optional<OpenFile> already = find(normalized);
    if (already.isPresent()) {
      selected.set(already.get());
      then.accept(already.get());
      return;
    }
    ReadTextFileTask task = new ReadTextFileTask(normalized);
    message.set("Opening " + normalized + " …");
    task.setOnSucceeded(e -> {
      message.set("");
      // Two quick clicks may both have started a read; keep one tab.
      OpenFile file = find(normalized).orElseGet(() -> add(task.getValue()));
      selected.set(file);
      then.accept(file);
    });
    task.setOnFailed(e -> message.set("Could not open " + normalized + ": " + reason(task)));
    tasks.execute(task);
  }

  private OpenFile add(OpenFile file) {
    files.add(file);
    file.textProperty().addListener((o, old, now) -> idle.playFromStart());
    if (file.kind() == FileKind.SPEC) {
      loadNfInterface(file);
    }
    return file;
  }

  /** (Re)loads the NF interface a spec is checked against, e.g. after its C code changed. */
  public void loadNfInterface(OpenFile file) {
    LoadNfInterfaceTask task = new LoadNfInterfaceTask(file.path());
    task.setOnSucceeded(e -> file.nfInterfaceProperty().set(task.getValue().orElse(null)));
    task.setOnFailed(e -> message.set("Checking " + file.title()
        + " without its NF's state objects: the NF's C code did not load: " + reason(task)));
    tasks.execute(task);
  }

  /** Opens the property {@code name} imported by {@code from} (go to definition). */
  public void openImport(OpenFile from, String name) {
    Path dir = from.path().getParent();
    Task<Optional<Path>> task = new Task<>() {
      @Override
      protected Optional<Path> call() {
        return SpecChecks.importSearch(from.pathNow()).resolve(name, dir).file();
      }
    };
    task.setOnSucceeded(e -> task.getValue().ifPresentOrElse(this::open,
        () -> message.set("No property " + name + ": no " + name + ".py beside " + from.title()
            + " or in its NF's props folder")));
    task.setOnFailed(e -> message.set("Could not look up " + name + ": " + reason(task)));
    tasks.execute(task);
  }

  /** Saves the file: in place when it is the user's, as a workspace copy when it is a catalog template. */
  public void save(OpenFile file) {
    save(file, () -> {});
  }

  private void save(OpenFile file, Runnable then) {
    Path original = file.path();
    boolean template = isTemplate(original);
    Path target;
    if (template) {
      Optional<Path> nfDir = WorkspaceFolder.nfDirOf(original);
      if (nfDir.isEmpty()) {
        message.set("Cannot save " + file.title() + ": it is in the catalog but in no NF folder");
        return;
      }
      target = workspace.copyTargetOf(original);
      if (!prompts.saveCopy(original, target)) {
        return;
      }
    } else {
      target = original;
    }
    String snapshot = file.text();
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        if (template) {
          workspace.ensureNfCopy(WorkspaceFolder.nfDirOf(original).orElseThrow());
        }
        AtomicFiles.write(target, snapshot);
        autosaves.remove(original);
        autosaves.remove(target);
        return null;
      }
    };
    task.setOnSucceeded(e -> {
      file.saved(target, snapshot);
      message.set("Saved " + target);
      if (template) {
        workspaceChanged.run();
        loadNfInterface(file);
      }
      then.run();
    });
    task.setOnFailed(e -> message.set("Could not save " + target + ": " + reason(task)
        + " — your edits are still here"));
    tasks.execute(task);
  }

  /** Whether {@code path} is a catalog file, which is saved as a copy rather than changed. */
  public boolean isTemplate(Path path) {
    Path catalog = catalogFolder.get();
    return catalog != null && path.toAbsolutePath().normalize().startsWith(catalog.toAbsolutePath().normalize())
        && !workspace.contains(path);
  }

  /** Closes the file, asking first when it has unsaved edits (Save / Discard / Cancel). */
  public void requestClose(OpenFile file) {
    if (!file.isDirty()) {
      close(file);
      return;
    }
    switch (prompts.unsaved(List.of(file.title()))) {
      case SAVE -> save(file, () -> {
        if (!file.isDirty()) {
          close(file);
        }
      });
      case DISCARD -> {
        forgetAutosave(file.path());
        close(file);
      }
      case CANCEL -> { }
    }
  }

  /**
   * Before the window closes: asks once about every dirty file, then runs {@code closeWindow}
   * when nothing unsaved is left (after saving, or discarding); Cancel keeps the window open.
   */
  public void requestCloseAll(Runnable closeWindow) {
    List<OpenFile> dirty = files.stream().filter(OpenFile::isDirty).toList();
    if (dirty.isEmpty()) {
      closeWindow.run();
      return;
    }
    switch (prompts.unsaved(dirty.stream().map(OpenFile::title).toList())) {
      case SAVE -> {
        int[] left = {dirty.size()};
        for (OpenFile file : dirty) {
          save(file, () -> {
            if (--left[0] == 0 && files.stream().noneMatch(OpenFile::isDirty)) {
              closeWindow.run();
            }
          });
        }
      }
      case DISCARD -> {
        dirty.forEach(f -> forgetAutosave(f.path()));
        closeWindow.run();
      }
      case CANCEL -> { }
    }
  }

  /** Closes the file at once, unsaved edits and all; another one comes to the front. */
  public void close(OpenFile file) {
    files.remove(file);
  }

  /** Writes every dirty buffer to the autosave folder now (the idle timer calls this). */
  public void autosaveNow() {
    Map<Path, String> dirty = new java.util.LinkedHashMap<>();
    List<Path> clean = new ArrayList<>();
    for (OpenFile file : files) {
      if (file.isDirty()) {
        dirty.put(file.path(), file.text());
      } else {
        clean.add(file.path());
      }
    }
    if (dirty.isEmpty() && clean.isEmpty()) {
      return;
    }
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        for (Map.Entry<Path, String> e : dirty.entrySet()) {
          autosaves.write(e.getKey(), e.getValue());
        }
        for (Path path : clean) {
          autosaves.remove(path);
        }
        return null;
      }
    };
    task.setOnFailed(e -> message.set("Could not autosave to " + autosaves.dir() + ": " + reason(task)));
    tasks.execute(task);
  }

  /** Looks for buffers autosaved by a session that ended without saving them (at startup). */
  public void findAutosaves() {
    Task<List<Autosave>> task = new Task<>() {
      @Override
      protected List<Autosave> call() throws Exception {
        return autosaves.pending();
      }
    };
    task.setOnSucceeded(e -> recoverable.setAll(task.getValue()));
    task.setOnFailed(e -> message.set("Could not read autosaves in " + autosaves.dir() + ": " + reason(task)));
    tasks.execute(task);
  }

  /** Opens each autosaved file with its autosaved text as an unsaved edit. */
  public void restoreAutosaves() {
    List<Autosave> restoring = List.copyOf(recoverable);
    recoverable.clear();
    for (Autosave saved : restoring) {
      if (Files.isRegularFile(saved.original())) {
        openThen(saved.original(), file -> file.textProperty().set(saved.text()));
      } else {
        // The file is gone (deleted or renamed); keep the text in a buffer that saves there again.
        OpenFile file = find(saved.original()).orElseGet(() -> add(new OpenFile(saved.original(), "")));
        file.textProperty().set(saved.text());
        selected.set(file);
      }
    }
    message.set(restoring.size() == 1 ? "Restored unsaved edits of " + restoring.get(0).original()
        : "Restored unsaved edits of " + restoring.size() + " files");
  }

  /** Deletes the autosaves offered at startup. */
  public void discardAutosaves() {
    List<Autosave> dropping = List.copyOf(recoverable);
    recoverable.clear();
    dropping.forEach(a -> forgetAutosave(a.original()));
  }

  private void forgetAutosave(Path original) {
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        autosaves.remove(original);
        return null;
      }
    };
    tasks.execute(task);
  }

  /** A workspace file was renamed: its open buffer follows. */
  public void fileMoved(Path from, Path to) {
    find(from).ifPresent(f -> f.movedTo(to.toAbsolutePath().normalize()));
  }

  /** A workspace file or folder was deleted: its open buffers close. */
  public void fileDeleted(Path path) {
    Path gone = path.toAbsolutePath().normalize();
    List.copyOf(files).stream().filter(f -> f.path().startsWith(gone)).forEach(f -> {
      forgetAutosave(f.path());
      close(f);
    });
  }

  private static String reason(Task<?> task) {
    Throwable error = task.getException();
    return error == null || error.getMessage() == null ? "unknown error" : error.getMessage();
  }

  /** The open files, in the order they were opened. */
  public ObservableList<OpenFile> files() {
    return files;
  }

  /** The file in front, or null when none is open. */
  public ObjectProperty<OpenFile> selectedProperty() {
    return selected;
  }

  /** The file being opened or saved, or the last problem; empty otherwise. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The catalog's folder: its files are templates, saved as workspace copies. */
  public ObjectProperty<Path> catalogFolderProperty() {
    return catalogFolder;
  }

  /** The workspace saves and autosaves go to. */
  public WorkspaceFolder workspace() {
    return workspace;
  }

  /** Autosaved buffers from an earlier session, offered back until restored or discarded. */
  public ObservableList<Autosave> recoverable() {
    return recoverable;
  }

  /** Who answers save and close questions (the view's dialogs). */
  public void setPrompts(FilePrompts prompts) {
    this.prompts = prompts;
  }

  /** Called after a save created files in the workspace, so the tree can show them. */
  public void setOnWorkspaceChanged(Runnable workspaceChanged) {
    this.workspaceChanged = workspaceChanged;
  }
}
