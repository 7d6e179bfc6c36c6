package dev.vigor.app.workspace;

import dev.vigor.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The workspace: the NFs of the catalog plus any NF folder the user opened, the catalog's folder,
 * and a one-line status. Reading folders goes through the {@link TaskExecutor}.
 */
public final class WorkspaceViewModel {
  /** The NF a newcomer should look at first, when the catalog has it: the simplest stateful one. */
  public static final String PREFERRED_FIRST_NF = "bridge";

  private final TaskExecutor tasks;
  private final ObservableList<WorkspaceNode> nfs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Path> catalogFolder = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting …");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper firstNf = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<Path> opened = new ReadOnlyObjectWrapper<>();
  private final OpenedNfsFile openedFile;
  private int pending;
  private final WorkspaceFolder userFolder;
  private final ObservableList<WorkspaceNode> userNfs = FXCollections.observableArrayList();
  private Consumer<Path> onCreated = p -> {};
  private BiConsumer<Path, Path> onMoved = (a, b) -> {};
  private Consumer<Path> onDeleted = p -> {};

  /** A workspace that reads folders through tasks; the user's folder named by the system properties. */
  public WorkspaceViewModel(TaskExecutor tasks) {
    this(tasks, WorkspaceFolder.fromSystem());
  }

  /** A workspace that reads folders through tasks, with the user's own NFs in {@code userFolder}. */
  public WorkspaceViewModel(TaskExecutor tasks, WorkspaceFolder userFolder) {
    this.tasks = tasks;
    this.userFolder = userFolder;
    this.openedFile = new OpenedNfsFile(userFolder.root());
    nfs.addListener((ListChangeListener<WorkspaceNode>) change -> firstNf.set(pickFirstNf()));
  }

  /** Reads the user's workspace folder again (after a save, a new file, a rename, a delete). */
  public void refreshUserFolder() {
    ReadWorkspaceTask task = new ReadWorkspaceTask(userFolder);
    task.setOnSucceeded(e -> userNfs.setAll(task.getValue()));
    task.setOnFailed(e -> status.set("Could not read your workspace " + userFolder.root() + ": "
        + reason(task)));
    tasks.execute(task);
  }

  /**
   * Reads the catalog and the user's workspace again, for files added, renamed or deleted outside
   * the workbench (by a text editor, git, a script).
   */
  public void reload() {
    refreshUserFolder();
    Path catalog = catalogFolder.get();
    if (catalog != null) {
      read(catalog);
    }
  }

  /**
   * Creates property {@code name} in the NF at {@code nfDir} (a catalog NF is copied into the
   * workspace first; an NF opened from its own folder gets it in that folder, as its files are
   * saved in place) and reports the new file to the created-listener, which opens it.
   */
  public void newProperty(Path nfDir, String name) {
    Path dir = nfDir.toAbsolutePath().normalize();
    boolean opened = openedOnItsOwn(dir);
    run("create " + name + ".py", () -> opened ? userFolder.newPropertyInPlace(dir, name)
        : userFolder.newProperty(dir, name), created -> {
      status.set("Created " + created);
      onCreated.accept(created);
    });
  }

  /**
   * Whether the NF at nfDir was opened from a folder of its own (File ▸ Open NF folder…): neither
   * in the user's workspace nor one of the catalog's templates. Its files are saved in place.
   */
  public boolean openedOnItsOwn(Path nfDir) {
    Path dir = nfDir.toAbsolutePath().normalize();
    return !userFolder.contains(dir) && !userFolder.isTemplate(dir, catalogFolder.get());
  }

  /** Renames a workspace property to {@code name}.py. */
  public void rename(Path file, String name) {
    run("rename " + file.getFileName(), () -> userFolder.rename(file, name), renamed -> {
      status.set("Renamed " + file.getFileName() + " to " + renamed.getFileName());
      onMoved.accept(file, renamed);
    });
  }

  /** Deletes a workspace file or NF folder (the view has asked for confirmation). */
  public void delete(Path path) {
    run("delete " + path.getFileName(), () -> {
      userFolder.delete(path);
      return path;
    }, deleted -> {
      status.set("Deleted " + deleted);
      onDeleted.accept(deleted);
    });
  }

  private void run(String what, Callable<Path> work, Consumer<Path> done) {
    Task<Path> task = new Task<>() {
      @Override
      protected Path call() throws Exception {
        return work.call();
      }
    };
    task.setOnSucceeded(e -> {
      done.accept(task.getValue());
      refreshUserFolder();
    });
    task.setOnFailed(e -> status.set("Could not " + what + ": " + reason(task)));
    tasks.execute(task);
  }

  private static String reason(Task<?> task) {
    Throwable error = task.getException();
    return error == null || error.getMessage() == null ? "unknown error" : error.getMessage();
  }

  /** The user's own NFs (workspace copies), shown below the catalog. */
  public ObservableList<WorkspaceNode> userNfs() {
    return userNfs;
  }

  /** The user's workspace folder. */
  public WorkspaceFolder userFolder() {
    return userFolder;
  }

  /** Called with each file created in the workspace (e.g. to open it). */
  public void setOnFileCreated(Consumer<Path> onCreated) {
    this.onCreated = onCreated;
  }

  /** Called with (old, new) after a rename. */
  public void setOnFileMoved(BiConsumer<Path, Path> onMoved) {
    this.onMoved = onMoved;
  }

  /** Called with each deleted file or folder. */
  public void setOnFileDeleted(Consumer<Path> onDeleted) {
    this.onDeleted = onDeleted;
  }

  /** Loads the catalog found at startup, or says how to open one when none was found. */
  public void loadCatalog(Optional<Path> folder) {
    if (folder.isEmpty()) {
      status.set("No NF catalog found — use File ▸ Open NF folder… to open one");
      return;
    }
    read(folder.get());
  }

  /**
   * Opens a folder the user picked: a single NF joins the workspace (and is remembered for the
   * next start), a catalog replaces it.
   */
  public void openFolder(Path folder) {
    read(folder, true);
  }

  private void read(Path folder) {
    read(folder, false);
  }

  private void read(Path folder, boolean byUser) {
    ReadFolderTask task = new ReadFolderTask(folder.toAbsolutePath().normalize());
    begin();
    status.set("Reading " + folder + " …");
    task.setOnSucceeded(e -> {
      show(task.getValue(), byUser);
      end();
    });
    task.setOnFailed(e -> {
      end();
      Throwable error = task.getException();
      status.set("Could not open " + folder + ": " + (error == null ? "unknown error" : error.getMessage()));
    });
    tasks.execute(task);
  }

  // loading while any read is under way: a catalog's read starts the remembered NFs' own
  private void begin() {
    pending++;
    loading.set(true);
  }

  private void end() {
    pending--;
    loading.set(pending > 0);
  }

  private void show(WorkspaceContent content, boolean byUser) {
    if (content.singleNf()) {
      WorkspaceNode nf = content.nfs().get(0);
      nfs.removeIf(existing -> existing.path().equals(nf.path()));
      nfs.add(nf);
      if (byUser) {
        status.set("Opened " + nf.label() + " — " + nf.path());
        remember(nf.path());
        opened.set(null); // the same folder opened again is news too
        opened.set(nf.path());
      }
      return;
    }
    if (content.nfs().isEmpty()) {
      status.set(
          "No NFs in " + content.folder() + " — an NF is a folder with an nf.properties file");
      return;
    }
    // The folder first: whoever follows the list tells catalog NFs by it.
    catalogFolder.set(content.folder());
    nfs.setAll(content.nfs());
    status.set(catalogSummary(content.nfs().size(), content.folder()));
    restoreOpened();
  }

  /** Lists again, after the catalog, the NF folders opened on their own before. */
  private void restoreOpened() {
    Task<List<WorkspaceNode>> task = new Task<>() {
      @Override
      protected List<WorkspaceNode> call() throws Exception {
        List<WorkspaceNode> out = new java.util.ArrayList<>();
        for (Path dir : openedFile.read()) {
          try {
            out.add(WorkspaceNodes.forNf(dev.vigor.engine.catalog.Catalog.readNf(dir)));
          } catch (java.io.IOException | RuntimeException e) {
            // unreadable now: left out, and still remembered for when it is fixed
          }
        }
        return out;
      }
    };
    begin();
    task.setOnSucceeded(e -> {
      for (WorkspaceNode nf : task.getValue()) {
        if (nfs.stream().noneMatch(existing -> existing.path().equals(nf.path()))) {
          nfs.add(nf);
        }
      }
      end();
    });
    task.setOnFailed(e -> end());
    tasks.execute(task);
  }

  private void remember(Path nfDir) {
    Task<Void> task = new Task<>() {
      @Override
      protected Void call() throws Exception {
        openedFile.add(nfDir);
        return null;
      }
    };
    task.setOnFailed(e -> status.set("Opened " + nfDir.getFileName() + ", but could not remember"
        + " it for the next start: " + reason(task)));
    tasks.execute(task);
  }

  /** "Catalog: 3 NFs — /path/to/nf-catalog". */
  static String catalogSummary(int count, Path folder) {
    return "Catalog: " + count + (count == 1 ? " NF" : " NFs") + " — " + folder;
  }

  private String pickFirstNf() {
    List<String> names = nfs.stream().map(WorkspaceNode::label).toList();
    if (names.contains(PREFERRED_FIRST_NF)) {
      return PREFERRED_FIRST_NF;
    }
    return names.isEmpty() ? null : names.get(0);
  }

  /** The NF entries shown in the tree. */
  public ObservableList<WorkspaceNode> nfs() {
    return nfs;
  }

  /** The catalog folder in use, or null before one is loaded. */
  public ReadOnlyObjectProperty<Path> catalogFolderProperty() {
    return catalogFolder.getReadOnlyProperty();
  }

  /** One line for the status bar. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** True while a folder is being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** The NF a newcomer should open first, or null while the workspace is empty. */
  public ReadOnlyStringProperty firstNfProperty() {
    return firstNf.getReadOnlyProperty();
  }

  /** The folder of the NF last opened on its own (File ▸ Open NF folder…), once it is listed. */
  public ReadOnlyObjectProperty<Path> openedProperty() {
    return opened.getReadOnlyProperty();
  }
}
