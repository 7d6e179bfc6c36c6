package dev.vigor.app.rfc;

import dev.vigor.app.state.NfRef;
import dev.vigor.app.state.WorkbenchState;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.rfc.model.Level;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import dev.vigor.rfc.trace.LevelTotals;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of one RFC view: the imported document, the section and keyword levels shown, the
 * requirements listed, what covers the selected requirement, and coverage. The NF traced is the
 * workbench's selected NF ({@link WorkbenchState}): choosing another here chooses it everywhere,
 * and coverage is traced again when it changes or a run is saved. Import, tracing and writing a
 * property run as tasks; results land on the FX thread.
 */
public final class RfcViewModel {
  private final TaskExecutor tasks;
  private final WorkbenchState state;
  private final Path workspace;
  private final ObservableList<NfRef> nfs;
  private final ObjectProperty<NfRef> nf;
  private final javafx.beans.value.ChangeListener<Object> retraceOnChange = (o, was, now) -> retrace();
  private Consumer<Path> onPropertyCreated = p -> { };
  private Path sourceFile;
  private final ReadOnlyObjectWrapper<RfcDocument> document = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
  private final Map<Level, BooleanProperty> shown = new EnumMap<>(Level.class);
  private final ObservableList<Requirement> requirements = FXCollections.observableArrayList();
  private final ObjectProperty<Requirement> requirement = new SimpleObjectProperty<>();
  private final ObservableList<CoveringProperty> covering = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<TraceSnapshot> trace = new ReadOnlyObjectWrapper<>();
  private final StringProperty newPropertyName = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(
      "Import an RFC in the IETF plain-text format (File ▸ Import RFC… or the button above)");
  private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  // Each trace request gets a number; a late answer to an older request is dropped.
  private long traceGeneration;

  /**
   * A view-model over the shared state: its selected NF is the one traced, {@code nfs} the NFs
   * to choose from; new properties are written under the state's workspace folder.
   */
  public RfcViewModel(TaskExecutor tasks, WorkbenchState state, ObservableList<NfRef> nfs) {
    this.tasks = tasks;
    this.state = state;
    this.workspace = state.userFolder().root();
    this.nfs = nfs;
    this.nf = state.selectedNfProperty();
    for (Level level : Level.values()) {
      BooleanProperty p = new SimpleBooleanProperty(true);
      p.addListener((o, was, now) -> refilter());
      shown.put(level, p);
    }
    nf.addListener(retraceOnChange);
    state.lastSavedRunProperty().addListener(retraceOnChange);
    section.addListener((o, was, now) -> refilter());
    requirement.addListener((o, was, now) -> {
      newPropertyName.set(now == null ? "" : PropertyStub.suggestedName(now));
      showCovering();
    });
  }

  /** Stops following the shared state (the view was closed). */
  public void dispose() {
    nf.removeListener(retraceOnChange);
    state.lastSavedRunProperty().removeListener(retraceOnChange);
  }

  /** Called with each property file written (the window opens it and shows it in My workspace). */
  public void setOnPropertyCreated(Consumer<Path> onPropertyCreated) {
    this.onPropertyCreated = onPropertyCreated;
  }

  /** The RFC file imported last (or being imported), or null. */
  public Path sourceFile() {
    return sourceFile;
  }

  /** Imports the RFC text file in the background; a refusal shows as the message. */
  public void importFile(Path file) {
    sourceFile = file.toAbsolutePath().normalize();
    ImportRfcTask task = new ImportRfcTask(file);
    busy.set(true);
    say("Importing " + file.getFileName() + " …", false);
    task.setOnSucceeded(e -> {
      busy.set(false);
      show(task.getValue());
    });
    task.setOnFailed(e -> {
      busy.set(false);
      say("Could not import " + file.getFileName() + ":\n" + DiagnosticFailure.describe(task.getException()), true);
    });
    tasks.execute(task);
  }

  private void show(RfcDocument doc) {
    requirement.set(null);
    trace.set(null);
    document.set(doc);
    section.set(doc.root());
    refilter();
    String warnings = doc.warnings().isEmpty() ? "" : " — " + doc.warnings().size() + " warning"
        + (doc.warnings().size() == 1 ? "" : "s") + ", first: " + doc.warnings().get(0).format();
    say("Imported " + doc.id() + ": " + (doc.root().flatten().size() - 1) + " sections, "
        + doc.requirements().size() + " requirements" + warnings, false);
    retrace();
  }

  /** Re-reads annotations and the newest run, e.g. after a property was written or a run saved. */
  public void retrace() {
    RfcDocument doc = document.get();
    NfRef current = nf.get();
    if (doc == null || current == null) {
      trace.set(null);
      showCovering();
      return;
    }
    long generation = ++traceGeneration;
    TraceTask task = new TraceTask(doc, current, workspace);
    task.setOnSucceeded(e -> {
      if (generation == traceGeneration) {
        trace.set(task.getValue());
        showCovering();
      }
    });
    task.setOnFailed(e -> say("Could not read the properties of " + current.name() + ": "
        + DiagnosticFailure.describe(task.getException()), true));
    tasks.execute(task);
  }

  /** Writes a property for the selected requirement into the workspace, then traces again. */
  public void createProperty() {
    Requirement r = requirement.get();
    NfRef current = nf.get();
    String name = newPropertyName.get() == null ? "" : newPropertyName.get().strip();
    if (r == null || current == null) {
      say(r == null ? "Select a requirement first" : "Choose the NF the property is for", true);
      return;
    }
    String problem = PropertyStub.nameProblem(name);
    if (problem != null) {
      say(problem, true);
      return;
    }
    Task<Path> task = new NewPropertyTask(current, workspace, r, name);
    busy.set(true);
    say("Writing property " + name + " …", false);
    task.setOnSucceeded(e -> {
      busy.set(false);
      Path written = task.getValue();
      say("Wrote " + written + " (it passes vigor check); fill in its body, then verify", false);
      // The property lives in the workspace copy: that NF is now the one to trace and verify.
      WorkspaceFolder.nfDirOf(written).ifPresent(state::selectNf);
      retrace();
      onPropertyCreated.accept(written);
    });
    task.setOnFailed(e -> {
      busy.set(false);
      say("Could not write property " + name + ":\n" + DiagnosticFailure.describe(task.getException()), true);
    });
    tasks.execute(task);
  }

  private void refilter() {
    RfcDocument doc = document.get();
    if (doc == null) {
      requirements.clear();
      return;
    }
    Section s = section.get();
    Set<String> anchors = s == null || s.isRoot()
        ? null
        : s.flatten().stream().map(Section::anchor).collect(Collectors.toSet());
    requirements.setAll(doc.requirements().stream()
        .filter(r -> shown.get(r.level()).get())
        .filter(r -> anchors == null || anchors.contains(r.section()))
        .toList());
  }

  private void showCovering() {
    Requirement r = requirement.get();
    TraceSnapshot t = trace.get();
    if (r == null || t == null) {
      covering.clear();
      return;
    }
    covering.setAll(t.propertiesCovering(r.id()).stream()
        .map(p -> new CoveringProperty(p, t.verdictOf(p))).toList());
  }

  private void say(String text, boolean isError) {
    message.set(text);
    error.set(isError);
  }

  /** The NFs to trace: the catalog's and the workspace's, told apart by their labels. */
  public ObservableList<NfRef> nfs() {
    return nfs;
  }

  /**
   * The NF whose properties are traced and for which new properties are written: the shared
   * selected NF, so setting it here selects it in every panel.
   */
  public ObjectProperty<NfRef> nfProperty() {
    return nf;
  }

  /** The imported document, null before the first import. */
  public ReadOnlyObjectProperty<RfcDocument> documentProperty() {
    return document.getReadOnlyProperty();
  }

  /** The section shown; the root means the whole document. */
  public ObjectProperty<Section> sectionProperty() {
    return section;
  }

  /** Whether requirements of a level are listed. */
  public BooleanProperty shownProperty(Level level) {
    return shown.get(level);
  }

  /** The requirements of the selected section (and below) whose level is shown. */
  public ObservableList<Requirement> requirements() {
    return requirements;
  }

  /** The requirement whose covering properties are listed. */
  public ObjectProperty<Requirement> requirementProperty() {
    return requirement;
  }

  /** The properties covering the selected requirement, with their last verdicts. */
  public ObservableList<CoveringProperty> covering() {
    return covering;
  }

  /** Coverage of the document by the NF; null until traced. */
  public ReadOnlyObjectProperty<TraceSnapshot> traceProperty() {
    return trace.getReadOnlyProperty();
  }

  /** Totals per tracked level, empty until traced. */
  public List<LevelTotals> totals() {
    return trace.get() == null ? List.of() : trace.get().coverage().totals();
  }

  /** The name the next property file gets; a suggestion is filled in on selection. */
  public StringProperty newPropertyNameProperty() {
    return newPropertyName;
  }

  /** What happened last: import summary, a written file, or an error. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether the message reports a problem. */
  public ReadOnlyBooleanProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True while an import or a property write runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The workspace folder new properties go to. */
  public Path workspace() {
    return workspace;
  }
}
