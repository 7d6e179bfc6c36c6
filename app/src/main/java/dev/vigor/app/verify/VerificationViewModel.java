package dev.vigor.app.verify;

import dev.vigor.app.results.PropertyOutcome;
import dev.vigor.app.results.RunRecord;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.results.TraceOutcome;
import dev.vigor.app.state.NfRef;
import dev.vigor.app.state.WorkbenchState;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.layers.Layer;
import dev.vigor.engine.layers.LayerRegistry;
import dev.vigor.engine.run.CancelledException;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;

/**
 * The verification panel's state: which properties and layers of the selected NF are picked, the
 * run in progress (phase, traces done/total, elapsed, each trace's status, the texts verified)
 * and the run on show (live or reopened from a file). The selected NF, whether a run goes on and
 * which NF the run on show is of live in the shared {@link WorkbenchState}; this view-model is the
 * one that writes the run's part. A run verifies the open editors' text, not the saved files.
 * Engine work goes through {@link VerificationService}; every method here runs on the FX thread
 * and returns at once.
 */
public final class VerificationViewModel {
  private final TaskExecutor tasks;
  private final RunStore store;
  private final WorkbenchState state;
  private final VerificationService service;
  private final RunClock clock = new RunClock();

  // The NF the listed properties belong to, to tell a refresh of its files from another NF.
  private Path listedFor;
  private final ObservableList<PropertyChoice> properties = FXCollections.observableArrayList();
  private final ObservableList<PropertyChoice> checkedProperties = FXCollections.observableArrayList();
  private final ObservableList<Layer> layers =
      FXCollections.observableArrayList(LayerRegistry.standard().offered());
  private final ObservableList<Layer> checkedLayers = FXCollections.observableArrayList(
      LayerRegistry.standard().offered().stream().filter(Layer::alwaysSelected).toList());

  private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("Not started");
  private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
  private final DoubleProperty fraction = new SimpleDoubleProperty(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<RunEnd> lastEnd = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper runNote = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper clusterLine = new ReadOnlyStringWrapper("");
  // The setting the run going on (or the last one) was started with, for its panel line.
  private dev.vigor.app.cluster.ClusterSetting runCluster = dev.vigor.app.cluster.ClusterSetting.OFF;

  private final ObservableList<PropertySummary> summaries = FXCollections.observableArrayList();
  private final ObservableList<TraceRow> traces = FXCollections.observableArrayList();
  private final ObservableList<CheckFinding> lowLevelFailures = FXCollections.observableArrayList();
  private final Map<String, TraceRow> rowsByKey = new HashMap<>();
  // Thousands of traces times a few properties: look rows up, never scan the list per event.
  private final Map<Integer, List<TraceRow>> rowsByTrace = new HashMap<>();
  private final Map<Path, List<TraceRow>> rowsByProperty = new HashMap<>();
  private final ReadOnlyObjectWrapper<ExecutionTree> tree = new ReadOnlyObjectWrapper<>();
  private final ObservableMap<Integer, TraceStatus> treeStatus = FXCollections.observableHashMap();
  private final ReadOnlyObjectWrapper<RunRecord> shownRun = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<TraceRow> selectedTrace = new SimpleObjectProperty<>();
  // What the Counterexample tab shows: a trace or a failed check, whichever was picked last.
  private final ObjectProperty<CheckFinding> selectedFinding = new SimpleObjectProperty<>();
  private final ObjectBinding<Path> shownNfDir;
  private final BooleanBinding canRun;

  private LocalDateTime started;
  private Events events;
  private long cancelPressedNanos;
  // Cancel was pressed during the current run.
  private boolean cancelRequested;

  /**
   * How a run ended: the words, and one of proved, violated, unknown, cancelled, failed or
   * refused (not started: a spec to verify has an error); {@code file} and {@code line} point at
   * what to show (the first error of a refused run), or are null and 0.
   */
  public record RunEnd(String text, String kind, Path file, int line) {
    public RunEnd(String text, String kind) {
      this(text, kind, null, 0);
    }
  }

  /** Runs verification through tasks and saves each finished run in store, with a state of its own. */
  public VerificationViewModel(TaskExecutor tasks, RunStore store) {
    this(tasks, store, new WorkbenchState(
        new dev.vigor.app.workspace.WorkspaceFolder(store.folder().getParent()),
        FXCollections.observableArrayList(), new SimpleObjectProperty<>()));
  }

  /** Runs verification of state's selected NF through tasks and saves each finished run in store. */
  public VerificationViewModel(TaskExecutor tasks, RunStore store, WorkbenchState state) {
    this.tasks = tasks;
    this.store = store;
    this.state = state;
    selectedTrace.addListener((o, old, now) -> {
      if (now != null) {
        selectedFinding.set(null);
      }
    });
    selectedFinding.addListener((o, old, now) -> {
      if (now != null) {
        selectedTrace.set(null);
      }
    });
    this.service = new VerificationService(tasks);
    service.setOnSucceeded(e -> finished(service.getValue()));
    service.setOnFailed(e -> failed(service.getException()));
    shownNfDir = Bindings.createObjectBinding(
        () -> state.runNfProperty().get() == null ? null : state.runNfProperty().get().folder(),
        state.runNfProperty());
    canRun = Bindings.createBooleanBinding(
        () -> !state.runningProperty().get() && state.selectedNfProperty().get() != null
            && !checkedProperties.isEmpty(),
        state.runningProperty(), state.selectedNfProperty(), checkedProperties);
  }

  /** Where runs take their NF's traces from: the workbench's trace cache, shared with live verification. */
  public void setCaches(java.util.function.Function<Path, dev.vigor.engine.validate.VerificationCache> caches) {
    service.setCaches(caches);
  }

  /**
   * Lists an NF's spec and properties and makes it the selected NF; the full spec and the init
   * spec start checked. The same NF again (its files changed) keeps checked what still exists.
   */
  public void selectNf(Path dir, List<PropertyChoice> choices) {
    state.selectNf(dir);
    if (dir.toAbsolutePath().normalize().equals(listedFor)) {
      // The same NF again, its files perhaps changed (a property created, renamed, deleted):
      // list them as they are now and keep checked what still exists.
      if (!properties.equals(choices)) {
        List<Path> kept = checkedProperties.stream().map(PropertyChoice::file).toList();
        properties.setAll(choices);
        checkedProperties.setAll(choices.stream().filter(c -> kept.contains(c.file())).toList());
      }
      return;
    }
    listedFor = dir.toAbsolutePath().normalize();
    properties.setAll(choices);
    checkedProperties.setAll(choices.stream().filter(PropertyChoice::startsChecked).toList());
  }

  /** Starts verifying the checked properties; ignored while a run is going or nothing is checked. */
  public void run() {
    if (!canRunBinding().get()) {
      return;
    }
    List<Path> specs = checkedProperties.stream().map(PropertyChoice::file).toList();
    NfRef nf = state.selectedNfProperty().get();
    cancelRequested = false;
    clearShown();
    state.runNfProperty().set(nf);
    summaries.setAll(specs.stream().map(PropertySummary::new).toList());
    // An init spec has one check, nf_init's tables, known before any trace is.
    for (PropertySummary s : summaries) {
      if (s.init()) {
        addRow(new TraceRow(s.file(), TraceResult.NF_INIT));
        summarise(s);
      }
    }
    started = LocalDateTime.now().withNano(0);
    state.runningProperty().set(true);
    lastEnd.set(null);
    runNote.set("");
    message.set("Verifying " + nf.label() + " …");
    phase.set("Starting");
    counts.set("");
    fraction.set(-1);
    clock.start();
    // What the editors show is what is verified, saved or not.
    events = new Events();
    // Read at each Run: a changed setting counts from the next run on, never mid-run.
    runCluster = state.clusterProperty().get();
    clusterLine.set(runCluster.enabled() ? runCluster.describe() + " (connecting …)" : "");
    service.configure(nf.folder(), specs, state.specBuffers(), events, runCluster);
    service.setLayers(checkedLayers.stream().map(Layer::id).toList());
    service.restart();
  }

  /** Asks the engine to stop; the panel says cancelled once it has. */
  public void cancel() {
    if (state.runningProperty().get()) {
      cancelPressedNanos = System.nanoTime();
      cancelRequested = true;
      phase.set("Cancelling …");
      if (captureCancel != null) {
        captureCancel.cancel();
      } else {
        service.stopEngine();
      }
    }
  }

  // The capture check going on, to stop it; null when none is.
  private dev.vigor.engine.run.CancelToken captureCancel;

  /**
   * Builds the selected NF (gcc), runs it on a capture and checks every packet against its
   * spec.py, the editor's text of it when open (as {@code vigor run NF --pcap FILE --check});
   * ignored while a run goes on or no NF is selected. The first disagreement is shown as a
   * violated row with its counterexample, selected; the run is not saved with the proofs.
   */
  public void checkCapture(Path capture) {
    NfRef nf = state.selectedNfProperty().get();
    if (state.runningProperty().get() || nf == null) {
      return;
    }
    Path spec = nf.folder().resolve("spec.py");
    java.util.Map<Path, String> buffers = state.specBuffers();
    if (!java.nio.file.Files.isRegularFile(spec) && !buffers.containsKey(spec)) {
      String text = nf.label() + " has no spec.py to check a capture against";
      message.set(text);
      lastEnd.set(new RunEnd(text, "refused"));
      return;
    }
    cancelRequested = false;
    clearShown();
    state.runNfProperty().set(nf);
    PropertySummary summary = new PropertySummary(spec);
    summaries.setAll(List.of(summary));
    summary.update(TraceStatus.RUNNING, "spec.py: checking the packets of " + capture.getFileName());
    started = LocalDateTime.now().withNano(0);
    state.runningProperty().set(true);
    lastEnd.set(null);
    runNote.set(unsavedNote("Checking", buffers.containsKey(spec)
        && dev.vigor.engine.spec.SpecSources.unsaved(spec, buffers.get(spec))
        ? List.of(String.valueOf(spec.getFileName())) : List.of()));
    clusterLine.set("");
    message.set("Checking " + capture.getFileName() + " on " + nf.label() + " …");
    phase.set("Building " + nf.name() + " (gcc)");
    counts.set("");
    fraction.set(-1);
    clock.start();
    dev.vigor.engine.run.CancelToken cancelToken = new dev.vigor.engine.run.CancelToken();
    captureCancel = cancelToken;
    dev.vigor.engine.spec.SpecSources sources = dev.vigor.engine.spec.SpecSources.of(buffers);
    Task<dev.vigor.engine.nfrun.CaptureCheck.Outcome> check = new Task<>() {
      @Override
      protected dev.vigor.engine.nfrun.CaptureCheck.Outcome call() throws Exception {
        return dev.vigor.engine.nfrun.CaptureCheck.ofFolder(nf.folder(), spec, sources, capture,
            dev.vigor.engine.nfrun.NfBuild.defaultCache(), cancelToken,
            n -> updateMessage(String.format("%,d packets checked", n)));
      }
    };
    check.messageProperty().addListener((o, was, now) -> {
      if (state.runningProperty().get() && captureCancel == cancelToken && !cancelRequested) {
        phase.set("Checking the packets of " + capture.getFileName());
        counts.set(now);
      }
    });
    check.setOnSucceeded(e -> captureChecked(capture, summary, check.getValue()));
    check.setOnFailed(e -> captureFailed(capture, summary, check.getException()));
    tasks.execute(check);
  }

  private void captureChecked(Path capture, PropertySummary summary,
      dev.vigor.engine.nfrun.CaptureCheck.Outcome outcome) {
    captureCancel = null;
    double seconds = clock.stop();
    state.runningProperty().set(false);
    fraction.set(1);
    phase.set("Done");
    counts.set(String.format("%,d packets checked", outcome.packets()));
    TraceResult trace = outcome.asResult().specs().get(0).traces().get(0);
    TraceRow row = TraceRow.decided(summary.file(), TraceOutcome.of(trace));
    addRow(row);
    String text;
    if (outcome.disagreement().isEmpty()) {
      summary.update(TraceStatus.PROVED, String.format("spec.py: agreed, %,d packets of %s, every"
          + " output and table allowed", outcome.packets(), capture.getFileName()));
      text = String.format("%s agrees with spec.py on %,d packets of %s (%.1f s)",
          state.runNfProperty().get().label(), outcome.packets(), capture.getFileName(), seconds);
      lastEnd.set(new RunEnd(text, "proved"));
    } else {
      var d = outcome.disagreement().get();
      summary.update(TraceStatus.VIOLATED, String.format("spec.py: violated at packet %,d of %s:"
          + " %s", outcome.packets(), capture.getFileName(), d.summary()));
      text = String.format("Packet %,d of %s: %s (%.1f s)%s", outcome.packets(),
          capture.getFileName(), d.summary(), seconds,
          d.kind() == dev.vigor.engine.validate.TrafficCheck.Kind.SPEC
              ? ". If Verify proved spec.py on this NF, this is a bug in the tool."
              : ". This is a bug in the tool: please report it with the capture.");
      lastEnd.set(new RunEnd(text, "violated"));
      selectedTrace.set(row);
    }
    message.set(text);
  }

  private void captureFailed(Path capture, PropertySummary summary, Throwable error) {
    captureCancel = null;
    double seconds = clock.stop();
    state.runningProperty().set(false);
    fraction.set(0);
    summary.update(TraceStatus.STOPPED, "spec.py: " + capture.getFileName() + " not checked");
    if (cancelRequested) {
      phase.set("Cancelled");
      String text = String.format("Capture check cancelled after %.1f s (%s)", seconds,
          counts.get().isEmpty() ? "while building" : counts.get());
      message.set(text);
      lastEnd.set(new RunEnd(text, "cancelled"));
      return;
    }
    phase.set("Failed");
    String text = "Checking " + capture.getFileName() + " failed: "
        + (error == null ? "unknown error" : error.getMessage());
    message.set(text);
    lastEnd.set(new RunEnd(text, "failed"));
  }

  /**
   * Lists the run's failed or undecided checks: the NF's low-level ones, then each lower layer's
   * (with the values that break it); and what each lower layer found and cost.
   */
  private void listFindings(RunRecord run) {
    lowLevelFailures.setAll(run.lowLevel().stream().map(CheckFinding::of).toList());
    layerCosts.clear();
    run.lowerLayers().forEach(l -> layerCosts.put(l.layer(), l.verdict().name().toLowerCase()
        + ", " + l.paths() + " paths, " + String.format(java.util.Locale.ROOT, "%.1f s", l.millis() / 1000.0)));
    // a lower layer's failed or undecided checks, where the NF's own are listed
    for (var layer : run.lowerLayers()) {
      layer.findings().forEach(f -> lowLevelFailures.add(CheckFinding.of(layer.layer(), f)));
    }
  }

  /** Shows a saved run: its properties, traces and counterexamples (no execution tree). */
  public void show(RunRecord run) {
    if (state.runningProperty().get()) {
      return;
    }
    clearShown();
    NfRef nf = state.nfAt(run.nfDir());
    state.runNfProperty().set(nf);
    shownRun.set(run);
    for (PropertyOutcome p : run.properties()) {
      PropertySummary s = new PropertySummary(p.file());
      s.setSources(p.sources());
      summaries.add(s);
      p.traces().forEach(t -> addRow(TraceRow.decided(p.file(), t)));
      summarise(s);
    }
    listFindings(run);

    tree.set(run.tree());
    phase.set("Saved run of " + run.started().toString().replace('T', ' '));
    counts.set("");
    runNote.set(unsavedNote("This run verified", run.unsavedFiles()));
    clusterLine.set(""); // a saved run does not record where it was validated
    message.set("Showing the run of " + nf.label() + " from "
        + run.started().toString().replace('T', ' '));
  }

  private static String unsavedNote(String verb, List<String> files) {
    return files.isEmpty() ? "" : verb + " the unsaved editor text of " + String.join(", ", files)
        + ", not the saved file" + (files.size() == 1 ? "" : "s");
  }

  private void clearShown() {
    summaries.clear();
    traces.clear();
    lowLevelFailures.clear();
    rowsByKey.clear();
    rowsByTrace.clear();
    rowsByProperty.clear();
    treeStatus.clear();
    tree.set(null);
    shownRun.set(null);
    selectedTrace.set(null);
    selectedFinding.set(null);
  }

  /**
   * The engine's events of one run, applied on the FX thread until the run has ended: an event
   * still queued when the run was cancelled must not say it runs again.
   */
  private final class Events implements VerificationService.Events {
    private int members;

    @Override
    public void clusterConnected(int n) {
      if (!ended) {
        members = n;
        clusterLine.set(runCluster.describe(n));
      }
    }

    @Override
    public void clusterNote(String note) {
      if (!ended) {
        clusterLine.set(runCluster.describe(members) + "; " + note);
      }
    }

    private boolean ended;

    void end() {
      ended = true;
    }

    @Override
    public void progress(Progress p) {
      if (ended) {
        return;
      }
      phase.set(p.phase().description());
      fraction.set(p.fraction());
      counts.set(p.isDeterminate() && p.total() > 1 ? p.done() + " / " + p.total() : p.message());
    }

    @Override
    public void checked(Map<Path, List<dev.vigor.engine.spec.SourceHash>> sources) {
      if (ended) {
        return;
      }
      for (PropertySummary s : summaries) {
        s.setSources(sources.getOrDefault(s.file(), List.of()));
      }
      runNote.set(unsavedNote("Verifying", sources.values().stream().flatMap(List::stream)
          .filter(dev.vigor.engine.spec.SourceHash::unsaved)
          .map(h -> String.valueOf(h.file().getFileName())).distinct().toList()));
    }

    @Override
    public void explored(ExecutionTree t, List<Integer> traceIds) {
      if (ended) {
        return;
      }
      for (PropertySummary s : summaries) {
        if (s.init()) {
          continue;
        }
        traceIds.forEach(id -> addRow(new TraceRow(s.file(), id)));
        summarise(s);
      }
      tree.set(t);
    }

    @Override
    public void lowLevel(List<Verification.LowLevel> findings) {
      lowLevelFailures.setAll(findings.stream().map(CheckFinding::of).toList());
    }

    @Override
    public void traceStarted(Path spec, int traceId) {
      TraceRow r = rowsByKey.get(key(spec, traceId));
      if (r != null && !ended) {
        r.statusProperty().set(TraceStatus.RUNNING);
      }
    }

    @Override
    public void traceDone(Path spec, TraceResult result) {
      TraceRow r = rowsByKey.get(key(spec, result.traceId()));
      if (r == null || ended) {
        return;
      }
      r.decide(TraceOutcome.of(result));
      summaries.stream().filter(s -> s.file().equals(spec)).findFirst()
          .ifPresent(VerificationViewModel.this::summarise);
      updateTreeStatus(result.traceId());
    }
  }

  private void addRow(TraceRow r) {
    traces.add(r);
    rowsByKey.put(key(r.property(), r.traceId()), r);
    rowsByTrace.computeIfAbsent(r.traceId(), k -> new java.util.ArrayList<>()).add(r);
    rowsByProperty.computeIfAbsent(r.property(), k -> new java.util.ArrayList<>()).add(r);
    updateTreeStatus(r.traceId());
  }

  private static String key(Path spec, int traceId) {
    return spec + "#" + traceId;
  }

  // A tree leaf shows the worst status of its trace over the properties of the run.
  private void updateTreeStatus(int traceId) {
    TraceStatus worst = null;
    for (TraceRow r : rowsByTrace.getOrDefault(traceId, List.of())) {
      worst = worst == null ? r.statusProperty().get() : worse(worst, r.statusProperty().get());
    }
    if (worst != null) {
      treeStatus.put(traceId, worst);
    }
  }

  private static TraceStatus worse(TraceStatus a, TraceStatus b) {
    return a.severity() >= b.severity() ? a : b;
  }

  private void summarise(PropertySummary s) {
    List<TraceRow> rows = rowsByProperty.getOrDefault(s.file(), List.of());
    Map<TraceStatus, Integer> n = new LinkedHashMap<>();
    long millis = 0;
    for (TraceRow r : rows) {
      n.merge(r.statusProperty().get(), 1, Integer::sum);
      if (r.outcomeProperty().get() != null) {
        millis += r.outcomeProperty().get().millis();
      }
    }
    int decided = n.getOrDefault(TraceStatus.PROVED, 0) + n.getOrDefault(TraceStatus.VIOLATED, 0)
        + n.getOrDefault(TraceStatus.UNKNOWN, 0);
    TraceStatus status;
    if (rows.isEmpty()) {
      status = TraceStatus.QUEUED;
    } else if (n.containsKey(TraceStatus.VIOLATED)) {
      status = TraceStatus.VIOLATED;
    } else if (n.containsKey(TraceStatus.STOPPED)) {
      status = TraceStatus.STOPPED;
    } else if (decided < rows.size()) {
      status = decided == 0 && !n.containsKey(TraceStatus.RUNNING) ? TraceStatus.QUEUED
          : TraceStatus.RUNNING;
    } else {
      status = n.containsKey(TraceStatus.UNKNOWN) ? TraceStatus.UNKNOWN : TraceStatus.PROVED;
    }
    StringBuilder line = new StringBuilder(s.name()).append(": ").append(status.label());
    if (s.init()) {
      line.append(", nf_init's tables");
    } else if (!rows.isEmpty()) {
      line.append(", ").append(decided).append(" of ").append(rows.size()).append(" traces");
      for (TraceStatus k : List.of(TraceStatus.VIOLATED, TraceStatus.UNKNOWN)) {
        if (n.containsKey(k)) {
          line.append(", ").append(n.get(k)).append(' ').append(k.label());
        }
      }
      line.append(String.format(", %.1f s", millis / 1000.0));
    }
    s.update(status, line.toString());
  }

  private void finished(Verification.Result result) {
    events.end();
    double seconds = clock.stop();
    state.runningProperty().set(false);
    phase.set("Done");
    counts.set(traces.size() + " trace checks");
    fraction.set(1);
    RunRecord run = new RunRecord(shownNfDir.get(), started, result.layers(),
        result.specs().stream().map(PropertyOutcome::of).toList(), result.lowLevel(), result.tree(),
        result.lowerLayers());
    // The streamed rows already hold every outcome; the record adds checker messages (a malformed
    // spec has no traces) and becomes the run on show.
    shownRun.set(run);
    listFindings(run);
    for (PropertyOutcome p : run.properties()) {
      summaries.stream().filter(s -> s.file().equals(p.file())).findFirst().ifPresent(s -> {
        s.setSources(p.sources());
        if (!p.diagnostics().isEmpty()) {
          s.update(TraceStatus.UNKNOWN, p.name() + ": not checked — " + p.diagnostics().get(0));
        } else if (p.traces().isEmpty() && result.stopped() != null) {
          // nf_init failed, or the run stopped before any trace: nothing holds
          s.update(TraceStatus.of(result.verdict()), p.name() + ": not checked — "
              + result.stopped());
        }
      });
    }
    runNote.set(unsavedNote("Verified", run.unsavedFiles()));
    String text = String.format("%s: %s in %.1f s", state.nfAt(run.nfDir()).label(),
        run.verdictSummary(), seconds);
    if (!run.unsavedFiles().isEmpty()) {
      text += " (unsaved text of " + String.join(", ", run.unsavedFiles()) + ")";
    }
    long failing = result.lowLevel().stream().filter(l -> l.verdict() == Verdict.VIOLATED).count();
    long undecided = result.lowLevel().size() - failing;
    if (failing > 0) {
      text += "; the NF fails " + failing + " low-level check" + (failing == 1 ? "" : "s")
          + " (" + result.lowLevel().get(0).check() + " at " + result.lowLevel().get(0).loc() + ")";
    }
    if (undecided > 0) {
      text += "; " + undecided + " low-level check" + (undecided == 1 ? "" : "s") + " undecided";
    }
    if (result.stopped() != null) {
      text += "; stopped early: " + result.stopped();
    }
    message.set(text);
    // The first violation is what the user wants to see: have it ready in the inspector.
    // Else a failed check of a layer below (no trace of the NF shows it).
    if (selectedTrace.get() == null && selectedFinding.get() == null) {
      traces.stream().filter(r -> r.statusProperty().get() == TraceStatus.VIOLATED).findFirst()
          .ifPresentOrElse(selectedTrace::set, () -> lowLevelFailures.stream()
              .filter(f -> f.layer() != null && f.failed()).findFirst()
              .ifPresent(selectedFinding::set));
    }
    // a low-level failure makes the run violated even where no spec's trace shows it (nf_init)
    Verdict verdict = run.verdict().worst(result.verdict());
    lastEnd.set(new RunEnd(text, verdict.name().toLowerCase(java.util.Locale.ROOT)));
    save(result, run);
  }

  private void failed(Throwable error) {
    events.end();
    double seconds = clock.stop();
    state.runningProperty().set(false);
    fraction.set(0);
    // Nothing may still say running or waiting: what was not decided is marked stopped.
    for (TraceRow r : traces) {
      TraceStatus st = r.statusProperty().get();
      if (st == TraceStatus.RUNNING || st == TraceStatus.QUEUED) {
        r.statusProperty().set(TraceStatus.STOPPED);
        updateTreeStatus(r.traceId());
      }
    }
    summaries.forEach(this::summarise);
    for (PropertySummary s : summaries) {
      if (s.statusProperty().get() == TraceStatus.QUEUED || s.statusProperty().get() == TraceStatus.RUNNING) {
        s.update(TraceStatus.STOPPED, s.name() + ": stopped before its traces were checked");
      }
    }
    if (error instanceof RunRefusedException refused) {
      refuse(refused);
      return;
    }
    if (endsAsCancelled(error, cancelRequested)) {
      double after = (System.nanoTime() - cancelPressedNanos) / 1e9;
      phase.set("Cancelled");
      String text = String.format("Verification cancelled after %.1f s (stopped %.2f s after Cancel)",
          seconds, after);
      if (!(error instanceof CancelledException) && error != null) {
        text += "; it ended with: " + (error.getMessage() != null ? error.getMessage() : error);
      }
      message.set(text);
      lastEnd.set(new RunEnd(text, "cancelled"));
      return;
    }
    if (clusterLine.get().endsWith("(connecting …)")) {
      clusterLine.set(""); // never reached: the failure's message says where it tried
    }
    phase.set("Failed");
    String text = "Verification failed: " + (error == null ? "unknown error" : error.getMessage());
    message.set(text);
    lastEnd.set(new RunEnd(text, "failed"));
  }

  /**
   * Whether a run that ended with error was cancelled: the engine's cancellation, or any error
   * once Cancel was pressed (stopping interrupts the engine's threads, and an interrupted file or
   * solver call may end the run with its own exception first; a CI run showed "Failed").
   */
  static boolean endsAsCancelled(Throwable error, boolean cancelRequested) {
    return error instanceof CancelledException
        || cancelRequested && !(error instanceof RunRefusedException);
  }

  // Not started: say which file, which line and what, and offer to show it.
  private void refuse(RunRefusedException refused) {
    Diagnostic d = refused.firstError();
    Path at = Path.of(d.location().file());
    String where = at.getFileName() + ":" + d.location().line() + ":" + d.location().column();
    phase.set("Not run");
    counts.set("");
    runNote.set("");
    // Nothing was verified: no row may stand for a check (an init spec's row is made at Run).
    traces.clear();
    rowsByKey.clear();
    rowsByTrace.clear();
    rowsByProperty.clear();
    treeStatus.clear();
    for (PropertySummary s : summaries) {
      s.update(TraceStatus.STOPPED, s.name() + ": not verified — "
          + (s.file().equals(refused.spec()) ? "the text shown has an error at " + where
              : "another spec has an error"));
    }
    String others = refused.specsWithErrors() > 1
        ? " (" + (refused.specsWithErrors() - 1) + " more spec" + (refused.specsWithErrors() > 2 ? "s" : "")
            + " with errors)" : "";
    String text = "Not verified: " + where + ": " + d.message() + others
        + ". Fix it in the editor (Show), then Run again.";
    message.set(text);
    lastEnd.set(new RunEnd(text, "refused", at, d.location().line()));
  }

  private void save(Verification.Result result, RunRecord run) {
    Task<Path> write = new Task<>() {
      @Override
      protected Path call() throws Exception {
        return store.save(run.nfDir(), result, run.started());
      }
    };
    write.setOnSucceeded(e -> state.lastSavedRunProperty().set(write.getValue()));
    write.setOnFailed(e -> message.set(message.get() + " — could not save the run: "
        + write.getException().getMessage()));
    tasks.execute(write);
  }

  /** The NF of the run on show (running, finished or reopened), for resolving its file names. */
  public ObjectBinding<Path> shownNfDirProperty() {
    return shownNfDir;
  }

  /** The shared state: the selected NF, the NF of the run on show, whether a run goes on. */
  public WorkbenchState state() {
    return state;
  }

  /**
   * A line about the texts verified when they are not the saved files, e.g. "Verifying the
   * unsaved editor text of learn.py, not the saved file"; empty otherwise.
   */
  public ReadOnlyStringProperty runNoteProperty() {
    return runNote.getReadOnlyProperty();
  }

  /**
   * Where the run validates when not on local threads, e.g. "validating on cluster lab (2
   * members)", with the last note of the cluster (a member left); empty for a local run.
   */
  public ReadOnlyStringProperty clusterLineProperty() {
    return clusterLine.getReadOnlyProperty();
  }

  /** The NF's full spec and properties. */
  public ObservableList<PropertyChoice> properties() {
    return properties;
  }

  /** The ones the next run verifies; the view keeps its check boxes in step with this list. */
  public ObservableList<PropertyChoice> checkedProperties() {
    return checkedProperties;
  }

  /** What each lower layer's last run here found and cost, by id ("proved, 156 paths, 2.3 s"). */
  private final javafx.collections.ObservableMap<String, String> layerCosts =
      FXCollections.observableHashMap();

  /** What each lower layer's last run found and cost, by layer id. */
  public javafx.collections.ObservableMap<String, String> layerCosts() {
    return layerCosts;
  }

  /** The stack layers the engine offers. */
  public ObservableList<Layer> layers() {
    return layers;
  }

  /** The layers picked; always-selected layers stay in it. */
  public ObservableList<Layer> checkedLayers() {
    return checkedLayers;
  }

  /** Whether Run can start now. */
  public BooleanBinding canRunBinding() {
    return canRun;
  }

  /** Whether a run goes on (the shared state's). */
  public ReadOnlyBooleanProperty runningProperty() {
    return state.runningProperty();
  }

  /** The phase in words, e.g. "Checking traces against the spec", "Cancelled". */
  public ReadOnlyStringProperty phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** Traces done/total during validation, else the engine's last message. */
  public ReadOnlyStringProperty countsProperty() {
    return counts.getReadOnlyProperty();
  }

  /** Fraction done for a progress bar; -1 while unknown. */
  public DoubleProperty fractionProperty() {
    return fraction;
  }

  public ReadOnlyStringProperty elapsedProperty() {
    return clock.elapsedProperty();
  }

  /** What the last run came to, for the status bar. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Set each time a run ends (finished, failed or cancelled). */
  public ReadOnlyObjectProperty<RunEnd> lastEndProperty() {
    return lastEnd.getReadOnlyProperty();
  }

  public ObservableList<PropertySummary> summaries() {
    return summaries;
  }

  /** Every trace of every property of the run on show. */
  public ObservableList<TraceRow> traces() {
    return traces;
  }

  /**
   * The low-level checks the NF of the run on show fails (or may fail), one line each:
   * {@code VIOLATED CHECK at file:line:col: message (replayed)}. The traces they lie on are
   * violated (or unknown) for every property.
   */
  public ObservableList<CheckFinding> lowLevelFailures() {
    return lowLevelFailures;
  }

  /** The execution tree of the run on show (null for a saved run). */
  public ReadOnlyObjectProperty<ExecutionTree> treeProperty() {
    return tree.getReadOnlyProperty();
  }

  /** Per trace id, the worst status over the run's properties, for colouring the tree. */
  public ObservableMap<Integer, TraceStatus> treeStatus() {
    return treeStatus;
  }

  /** The finished or reopened run on show, null while one runs. */
  public ReadOnlyObjectProperty<RunRecord> shownRunProperty() {
    return shownRun.getReadOnlyProperty();
  }

  /** The failed check the inspector shows (then no trace is selected). */
  public ObjectProperty<CheckFinding> selectedFindingProperty() {
    return selectedFinding;
  }

  /** The trace whose counterexample the inspector shows. */
  public ObjectProperty<TraceRow> selectedTraceProperty() {
    return selectedTrace;
  }

  /** The file the last finished run was saved to (the shared state's). */
  public ReadOnlyObjectProperty<Path> savedToProperty() {
    return state.lastSavedRunProperty();
  }
}
