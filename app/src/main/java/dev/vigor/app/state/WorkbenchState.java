package dev.vigor.app.state;

import dev.vigor.app.files.OpenFile;
import dev.vigor.app.workspace.WorkspaceFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * What the whole window shows at once, held in one place so no panel keeps its own copy: the
 * selected NF (with its origin), the open files with their buffers and the one in front, and the
 * verification run (whether one runs, which NF the run on show is of, the last run saved). Every
 * panel binds to these properties; each has one writer (named on its accessor). FX thread only.
 */
public final class WorkbenchState {
  private final WorkspaceFolder userFolder;
  private final ObjectProperty<Path> catalogFolder = new SimpleObjectProperty<>();
  private final ObjectProperty<NfRef> selectedNf = new SimpleObjectProperty<>();
  private final ObservableList<OpenFile> openFiles;
  private final ObjectProperty<OpenFile> frontFile;
  private final BooleanProperty running = new SimpleBooleanProperty();
  private final ObjectProperty<NfRef> runNf = new SimpleObjectProperty<>();
  private final ObjectProperty<Path> lastSavedRun = new SimpleObjectProperty<>();
  private final ObservableList<NfRef> nfs = javafx.collections.FXCollections.observableArrayList();
  private final ObjectProperty<dev.vigor.app.cluster.ClusterSetting> cluster =
      new SimpleObjectProperty<>(dev.vigor.app.cluster.ClusterSetting.OFF);

  /**
   * The state over the user's workspace, with the open files and the front file as the files'
   * view-model keeps them (the same list and property, not copies).
   */
  public WorkbenchState(WorkspaceFolder userFolder, ObservableList<OpenFile> openFiles,
      ObjectProperty<OpenFile> frontFile) {
    this.userFolder = userFolder;
    this.openFiles = openFiles;
    this.frontFile = frontFile;
    // The catalog is located after the window opens: an NF chosen before that (at start, say)
    // was named "opened"; name it again now that its origin can be told.
    catalogFolder.addListener((o, old, now) -> {
      if (selectedNf.get() != null) {
        selectedNf.set(nfAt(selectedNf.get().folder()));
      }
      if (runNf.get() != null) {
        runNf.set(nfAt(runNf.get().folder()));
      }
    });
  }

  /** The NF at {@code nfDir}, named with its origin (workspace, catalog, or a folder opened). */
  public NfRef nfAt(Path nfDir) {
    Path dir = nfDir.toAbsolutePath().normalize();
    NfOrigin origin = userFolder.contains(dir) ? NfOrigin.WORKSPACE
        : userFolder.isTemplate(dir, catalogFolder.get()) ? NfOrigin.CATALOG : NfOrigin.OPENED;
    Path name = dir.getFileName();
    return new NfRef(name == null ? dir.toString() : name.toString(), dir, origin);
  }

  /** The NF a file belongs to (the nearest folder above it with nf.properties), if any. */
  public Optional<NfRef> nfOf(Path file) {
    return WorkspaceFolder.nfDirOf(file).map(this::nfAt);
  }

  /** Makes the NF at {@code nfDir} the selected one (nothing changes when it already is). */
  public void selectNf(Path nfDir) {
    NfRef ref = nfAt(nfDir);
    if (!ref.equals(selectedNf.get())) {
      selectedNf.set(ref);
    }
  }

  /**
   * A file as people tell it apart: its path inside its NF and the NF's label, e.g.
   * {@code props/learn.py · bridge (my workspace)}; a file in no NF by its folder and name.
   */
  public String describe(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return nfOf(abs).map(nf -> nf.folder().relativize(abs) + " · " + nf.label())
        .orElseGet(() -> abs.getParent() == null || abs.getParent().getFileName() == null
            ? String.valueOf(abs.getFileName())
            : abs.getParent().getFileName() + "/" + abs.getFileName());
  }

  /** The text of every open spec editor, by path: what a verification reads instead of the disk. */
  public Map<Path, String> specBuffers() {
    return openFiles.stream().filter(f -> f.kind() == dev.vigor.app.files.FileKind.SPEC)
        .collect(Collectors.toMap(OpenFile::path, OpenFile::text, (a, b) -> a));
  }

  /** Every NF the trees list, catalog (and opened) first, then the workspace's (the window keeps it). */
  public ObservableList<NfRef> nfs() {
    return nfs;
  }

  /** The user's workspace folder. */
  public WorkspaceFolder userFolder() {
    return userFolder;
  }

  /** The catalog's folder (bound to the workspace's); its NFs are templates. */
  public ObjectProperty<Path> catalogFolderProperty() {
    return catalogFolder;
  }

  /** The NF every panel shows: written by the trees, the front tab and the RFC view's chooser. */
  public ObjectProperty<NfRef> selectedNfProperty() {
    return selectedNf;
  }

  /** The open files, in the order opened (the files' view-model opens and closes them). */
  public ObservableList<OpenFile> openFiles() {
    return openFiles;
  }

  /** The file in front (the files' view-model and its tabs write it). */
  public ReadOnlyObjectProperty<OpenFile> frontFileProperty() {
    return frontFile;
  }

  /** Whether a verification runs (written by the verification view-model only). */
  public BooleanProperty runningProperty() {
    return running;
  }

  /** The NF of the run on show, running, finished or reopened (the verification view-model writes it). */
  public ObjectProperty<NfRef> runNfProperty() {
    return runNf;
  }

  /** The run file saved last (the verification view-model writes it); coverage and Runs follow it. */
  public ObjectProperty<Path> lastSavedRunProperty() {
    return lastSavedRun;
  }

  /**
   * Whether Run validates on a cluster, and which; written by the cluster dialog's view-model,
   * read by each Run as it starts (live verification stays local).
   */
  public ObjectProperty<dev.vigor.app.cluster.ClusterSetting> clusterProperty() {
    return cluster;
  }
}
