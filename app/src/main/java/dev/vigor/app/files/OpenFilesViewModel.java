package dev.vigor.app.files;

import dev.vigor.engine.report.AtomicFiles;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.workspace.WorkspaceFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

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
  private final Autosaver autosaver;
  private final ObservableList<OpenFile> files = FXCollections.observableArrayList();
  private final ObjectProperty<OpenFile> selected = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
  private final ObjectProperty<Path> catalogFolder = new SimpleObjectProperty<>();
  private FilePrompts prompts = FilePrompts.CAUTIOUS;
  private Runnable workspaceChanged = () -> {};
  private java.util.function.Function<Path, String> titles = OpenFile::titleOf;

  /** Open files read through tasks, with the workspace named by the system properties. */
  public OpenFilesViewModel(TaskExecutor tasks) {
    this(tasks, WorkspaceFolder.fromSystem());
  }

  /** Open files read through tasks; saves of catalog templates and autosaves go to {@code workspace}. */
  public OpenFilesViewModel(TaskExecutor tasks, WorkspaceFolder workspace) {
    this.tasks = tasks;
    this.workspace = workspace;
    this.autosaver = new Autosaver(tasks, new AutosaveStore(workspace.autosaveDir()),
        Long.getLong(AUTOSAVE_IDLE_PROPERTY, 3000L), () -> List.copyOf(files), message::set);
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
    openThen(path, then, null);
  }

  /** Opens, then runs {@code then}; when the file cannot be read runs {@code ifUnreadable} if given. */
  private void openThen(Path path, Consumer<OpenFile> then, Runnable ifUnreadable) {
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
    task.setOnFailed(e -> {
      if (ifUnreadable != null) {
        ifUnreadable.run();
      } else {
        message.set("Could not open " + normalized + ": " + reason(task));
      }
    });
    tasks.execute(task);
  }

  private OpenFile add(OpenFile file) {
    file.titlesProperty().set(titles);
    files.add(file);
    autosaver.watch(file);
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
      String copyText = readIfExists(target);
      Optional<OpenFile> openCopy = find(target).filter(f -> f != file);
      if (copyText != null && !copyText.equals(file.text())) {
        // The user's own version is there: never replace it without asking that question.
        switch (prompts.replaceCopy(original, target, openCopy.map(OpenFile::isDirty).orElse(false))) {
          case REPLACE -> { }
          case OPEN_COPY -> {
            open(target);
            return;
          }
          case CANCEL -> {
            return;
          }
        }
      } else if (!prompts.saveCopy(original, target)) {
        return;
      }
      // This tab becomes the copy; a second tab of it would edit the same file twice.
      openCopy.ifPresent(other -> {
        autosaver.forget(other.path());
        close(other);
      });
    } else {
      target = original;
      String onDisk = readIfExists(target);
      // Saved elsewhere since we read it (another workbench, an editor): never overwrite unasked.
      if (onDisk != null && !onDisk.equals(file.savedTextProperty().get()) && !onDisk.equals(file.text())
          && !prompts.overwriteChangedOnDisk(target)) {
        message.set(file.title() + " was not saved: it changed on disk since it was opened here;"
            + " your edits are still in the tab");
        return;
      }
    }
    String snapshot = file.text();
    autosaver.stale(original, target);
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        if (template) {
          workspace.ensureNfCopy(WorkspaceFolder.nfDirOf(original).orElseThrow());
        }
        AtomicFiles.write(target, snapshot);
        autosaver.remove(original);
        autosaver.remove(target);
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

  // A small text file's content, read on the FX thread only to decide which question to ask.
  private static String readIfExists(Path file) {
    try {
      // decoded as a tab reads it (ReadTextFileTask), so an unchanged file compares equal
      return java.nio.file.Files.isRegularFile(file)
          ? new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8) : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether {@code path} is a catalog file, which is saved as a copy rather than changed. */
  public boolean isTemplate(Path path) {
    return workspace.isTemplate(path, catalogFolder.get());
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
        autosaver.forget(file.path());
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
        dirty.forEach(f -> autosaver.forget(f.path()));
        closeWindow.run();
      }
      case CANCEL -> { }
    }
  }

  /** Closes the file at once, unsaved edits and all; another one comes to the front. */
  public void close(OpenFile file) {
    files.remove(file);
  }

  /** Looks for buffers autosaved by a session that ended without saving them (at startup). */
  public void findAutosaves() {
    autosaver.findLeftovers();
  }

  /** Opens each autosaved file with its autosaved text as an unsaved edit. */
  public void restoreAutosaves() {
    List<Autosave> restoring = autosaver.takeRecoverable();
    for (Autosave saved : restoring) {
      String restored = "Restored unsaved edits of " + saved.original() + "; save them, or close and discard";
      openThen(saved.original(), file -> {
        file.textProperty().set(saved.text());
        message.set(restored);
      }, () -> {
        // The file is gone (deleted or renamed); keep the text in a buffer that saves there again.
        OpenFile file = find(saved.original()).orElseGet(() -> add(new OpenFile(saved.original(), "")));
        file.textProperty().set(saved.text());
        selected.set(file);
        message.set(restored);
      });
    }
  }

  /** Deletes the autosaves offered at startup. */
  public void discardAutosaves() {
    autosaver.takeRecoverable().forEach(a -> autosaver.forget(a.original()));
  }

  /** A workspace file was renamed: its open buffer follows. */
  public void fileMoved(Path from, Path to) {
    find(from).ifPresent(f -> f.movedTo(to.toAbsolutePath().normalize()));
  }

  /** A workspace file or folder was deleted: its open buffers close. */
  public void fileDeleted(Path path) {
    Path gone = path.toAbsolutePath().normalize();
    List.copyOf(files).stream().filter(f -> f.path().startsWith(gone)).forEach(f -> {
      autosaver.forget(f.path());
      close(f);
    });
  }

  static String reason(Task<?> task) {
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

  /** Autosaved buffers from an earlier session, offered back until restored or discarded. */
  public ObservableList<Autosave> recoverable() {
    return autosaver.recoverable();
  }

  /** Who answers save and close questions (the view's dialogs). */
  public void setPrompts(FilePrompts prompts) {
    this.prompts = prompts;
  }

  /** How open files are titled (every open file follows at once). */
  public void setTitles(java.util.function.Function<Path, String> titles) {
    this.titles = titles;
    files.forEach(f -> f.titlesProperty().set(titles));
  }

  /** Called after a save created files in the workspace, so the tree can show them. */
  public void setOnWorkspaceChanged(Runnable workspaceChanged) {
    this.workspaceChanged = workspaceChanged;
  }
}
