package dev.vigor.app.shell;

import dev.vigor.app.files.OpenFilesViewModel;
import dev.vigor.app.live.LiveVerifier;
import dev.vigor.app.rfc.RfcViewModel;
import dev.vigor.app.rfc.TemplateWizardViewModel;
import dev.vigor.app.results.RunHistoryViewModel;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.state.NfRef;
import dev.vigor.app.state.WorkbenchState;
import dev.vigor.app.verify.PropertyChoices;
import dev.vigor.app.verify.VerificationViewModel;
import dev.vigor.app.workspace.WorkspaceNode;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.app.workspace.WorkspaceViewModel;
import dev.vigor.engine.Version;
import dev.vigor.rfc.template.TemplateCatalog;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's view-models over one {@link WorkbenchState}: the workspace trees, open files,
 * verification, saved runs and the RFC views open, plus the status line, first-step hint and menu
 * availability. It wires the shared state: the front file's NF becomes the selected NF, and the
 * selected NF's spec and properties are what the Verify panel lists.
 */
public final class MainWindowViewModel {
  private final TaskExecutor tasks;
  private final WorkspaceViewModel workspace;
  private final OpenFilesViewModel files;
  private final WorkspaceFolder userFolder;
  private final WorkbenchState state;
  private final ObservableList<RfcViewModel> rfcs = FXCollections.observableArrayList();
  private final VerificationViewModel verification;
  private final RunHistoryViewModel runs;
  private final LiveVerifier live;
  private final dev.vigor.app.cluster.ClusterSettingsViewModel cluster;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
  private final ObjectBinding<List<String>> firstSteps;
  // Follows the panel's Run button; the menu shows why it is off.
  private final ReadOnlyBooleanWrapper verificationAvailable = new ReadOnlyBooleanWrapper();

  /** The window's state, with folder and file reads going through tasks; workspace from system properties. */
  public MainWindowViewModel(TaskExecutor tasks) {
    this(tasks, WorkspaceFolder.fromSystem());
  }

  /** The window's state over the user's workspace folder {@code userFolder}. */
  public MainWindowViewModel(TaskExecutor tasks, WorkspaceFolder userFolder) {
    this.tasks = tasks;
    this.workspace = new WorkspaceViewModel(tasks, userFolder);
    this.files = new OpenFilesViewModel(tasks, userFolder);
    // Catalog files are templates; the workspace tree follows saves, new files, renames, deletes.
    files.catalogFolderProperty().bind(workspace.catalogFolderProperty());
    files.setOnWorkspaceChanged(workspace::refreshUserFolder);
    workspace.setOnFileCreated(files::open);
    workspace.setOnFileMoved(files::fileMoved);
    workspace.setOnFileDeleted(files::fileDeleted);
    this.userFolder = userFolder;
    this.state = new WorkbenchState(userFolder, files.files(), files.selectedProperty());
    state.catalogFolderProperty().bind(workspace.catalogFolderProperty());
    files.setTitles(state::describe);
    RunStore store = new RunStore(userFolder.root());
    // One trace cache under the workspace: live verification and Run reuse each other's traces.
    this.live = new LiveVerifier(userFolder, state::specBuffers);
    this.verification = new VerificationViewModel(tasks, store, state);
    verification.setCaches(live::forRun);
    // Saved beside the window layout: a workspace remembers its cluster, and a test's its own.
    this.cluster = new dev.vigor.app.cluster.ClusterSettingsViewModel(
        new dev.vigor.app.cluster.ClusterSettingFile(userFolder.root()), state.clusterProperty(),
        () -> System.getenv(dev.vigor.engine.cluster.ClusterSecret.ENV));
    cluster.loadSaved();
    this.runs = new RunHistoryViewModel(tasks, store, verification::show);
    runs.setNfLabels(dir -> state.nfAt(dir).label());
    // The NFs every chooser offers, and the selected one's files in the Verify panel, follow the trees.
    ListChangeListener<WorkspaceNode> treesChanged = c -> {
      syncNfs();
      listSelectedNf();
    };
    workspace.nfs().addListener(treesChanged);
    workspace.userNfs().addListener(treesChanged);
    state.selectedNfProperty().addListener((o, old, now) -> listSelectedNf());
    // Another catalog: every NF's origin may read differently now.
    state.catalogFolderProperty().addListener((o, old, now) -> {
      syncNfs();
      NfRef selected = state.selectedNfProperty().get();
      if (selected != null) {
        state.selectNf(selected.folder());
      }
    });
    // An NF opened on its own is the one the user means to work on next.
    workspace.openedProperty().addListener((o, old, now) -> {
      if (now != null) {
        state.selectNf(now);
      }
    });
    // The file in front belongs to an NF: that NF is the one the panels show (as in an IDE).
    files.selectedProperty().addListener((o, old, now) -> {
      if (now != null) {
        state.nfOf(now.path()).ifPresent(nf -> state.selectNf(nf.folder()));
      }
    });
    // A new run saved: the Runs tab lists it (coverage follows the same property itself).
    state.lastSavedRunProperty().addListener((o, old, now) -> runs.refresh());
    // The status bar shows what happened last; when a file has opened, the workspace's line returns.
    status.set(workspace.statusProperty().get());
    workspace.statusProperty().addListener((o, old, now) -> status.set(now));
    files.messageProperty().addListener(
        (o, old, now) -> status.set(now.isEmpty() ? workspace.statusProperty().get() : now));
    verificationAvailable.bind(verification.canRunBinding());
    verification.messageProperty().addListener((o, old, now) -> status.set(now));
    firstSteps = Bindings.createObjectBinding(
        () -> FirstSteps.forFirstNf(workspace.firstNfProperty().get()), workspace.firstNfProperty());
  }

  private void syncNfs() {
    List<NfRef> all = new java.util.ArrayList<>();
    workspace.nfs().forEach(n -> all.add(state.nfAt(n.path())));
    workspace.userNfs().forEach(n -> all.add(state.nfAt(n.path())));
    if (!all.equals(state.nfs())) {
      state.nfs().setAll(all);
    }
  }

  // The Verify panel lists the selected NF's spec and properties as the trees show them now.
  private void listSelectedNf() {
    NfRef nf = state.selectedNfProperty().get();
    if (nf == null) {
      return;
    }
    Optional<WorkspaceNode> node = java.util.stream.Stream.concat(
            workspace.nfs().stream(), workspace.userNfs().stream())
        .filter(n -> n.path().toAbsolutePath().normalize().equals(nf.folder())).findFirst();
    node.ifPresent(n -> verification.selectNf(nf.folder(), PropertyChoices.of(n)));
  }

  /** Opens an RFC in a view of its own (or brings forward the one showing that file). */
  public RfcViewModel openRfc(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    for (RfcViewModel open : rfcs) {
      if (abs.equals(open.sourceFile())) {
        return open;
      }
    }
    RfcViewModel rfc = newRfcView();
    rfc.importFile(abs);
    return rfc;
  }

  /** A new, empty RFC view (the user picks the file from its Import button). */
  public RfcViewModel newRfcView() {
    RfcViewModel rfc = new RfcViewModel(tasks, state, state.nfs());
    rfc.setOnPropertyCreated(created -> {
      workspace.refreshUserFolder();
      files.open(created);
    });
    rfcs.add(rfc);
    return rfc;
  }

  /** Closes an RFC view: it stops following the selected NF and runs. */
  public void closeRfc(RfcViewModel rfc) {
    rfc.dispose();
    rfcs.remove(rfc);
  }

  /** The RFC views open, one per RFC, in the order opened. */
  public ObservableList<RfcViewModel> rfcs() {
    return rfcs;
  }

  /** The one shared state of what is open and selected. */
  public WorkbenchState state() {
    return state;
  }

  /** Reads the user's workspace and looks for edits autosaved by a session that did not save them. */
  public void startWorkspace() {
    workspace.refreshUserFolder();
    files.findAutosaves();
  }

  /** The one executor for background work, for views that start checks (the spec editor). */
  public TaskExecutor tasks() {
    return tasks;
  }

  /** The NFs and folders in the tree. */
  public WorkspaceViewModel workspace() {
    return workspace;
  }

  /** The files open in the centre. */
  public OpenFilesViewModel files() {
    return files;
  }

  /** The verification panel's state. */
  public VerificationViewModel verification() {
    return verification;
  }

  /** The cluster setting's form (Verify → Validate on a cluster…). */
  public dev.vigor.app.cluster.ClusterSettingsViewModel cluster() {
    return cluster;
  }

  /** Live verification of the spec editors, and the trace cache it shares with Run. */
  public LiveVerifier live() {
    return live;
  }

  /** The saved runs. */
  public RunHistoryViewModel runs() {
    return runs;
  }

  /** Shows a message in the status bar (until something else happens). */
  public void say(String message) {
    status.set(message);
  }

  /** One line for the status bar. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The numbered steps the centre shows while no file is open. */
  public ObjectBinding<List<String>> firstStepsBinding() {
    return firstSteps;
  }

  /** Whether Verify ▸ Run can be used. */
  public ReadOnlyBooleanProperty verificationAvailableProperty() {
    return verificationAvailable.getReadOnlyProperty();
  }

  /** Why Verify ▸ Run is off, shown next to it. */
  public String verificationUnavailableReason() {
    return "Pick an NF in the catalog and check a property (or wait for the run to end)";
  }

  /** Why the Z3 this process calls is not the bundled one, if it is not (asked once). */
  public java.util.Optional<String> solverWarning() {
    if (solverWarning == null) {
      java.util.Optional<String> w;
      try {
        w = dev.vigor.engine.SolverLibrary.mismatch();
      } catch (RuntimeException | LinkageError e) {
        w = java.util.Optional.of("Z3 could not be loaded: " + e.getMessage());
      }
      solverWarning = w;
      w.ifPresent(m -> System.err.println("vigor: warning: " + m));
    }
    return solverWarning;
  }

  private java.util.Optional<String> solverWarning;

  /** The workbench's version, e.g. {@code 0.1.0-SNAPSHOT}. */
  public String version() {
    return Version.get();
  }

  /** A fresh "New spec from template" wizard, writing into the workspace folder by default. */
  public TemplateWizardViewModel newTemplateWizard() {
    return new TemplateWizardViewModel(tasks, TemplateCatalog.load(), userFolder.root(), workspace.nfs().stream()
        .map(n -> state.nfAt(n.path())).toList());
  }
}
