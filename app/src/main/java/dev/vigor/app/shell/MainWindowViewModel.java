package dev.vigor.app.shell;

import dev.vigor.app.files.OpenFilesViewModel;
import dev.vigor.app.rfc.RfcViewModel;
import dev.vigor.app.rfc.TemplateWizardViewModel;
import dev.vigor.app.results.RunHistoryViewModel;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.verify.VerificationViewModel;
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

/** The main window's state: workspace, open files, status line, first-step hint, menu availability. */
public final class MainWindowViewModel {
  private final TaskExecutor tasks;
  private final WorkspaceViewModel workspace;
  private final OpenFilesViewModel files;
  private final WorkspaceFolder userFolder;
  private final RfcViewModel rfc;
  private final VerificationViewModel verification;
  private final RunHistoryViewModel runs;
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
    this.rfc = new RfcViewModel(tasks, workspace.nfs(), userFolder.root());
    RunStore store = new RunStore(userFolder.root());
    this.verification = new VerificationViewModel(tasks, store);
    this.runs = new RunHistoryViewModel(tasks, store, verification::show);
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

  /** The imported RFC and how the workspace's NFs cover it. */
  public RfcViewModel rfc() {
    return rfc;
  }

  /** A fresh "New spec from template" wizard, writing into the workspace folder by default. */
  public TemplateWizardViewModel newTemplateWizard() {
    return new TemplateWizardViewModel(tasks, TemplateCatalog.load(), userFolder.root(), workspace.nfs().stream()
        .map(n -> new dev.vigor.app.rfc.NfChoice(n.label(), n.path())).toList());
  }
}
