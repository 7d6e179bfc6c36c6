package dev.vigor.app.verify;

import dev.vigor.app.cex.CounterexampleView;
import dev.vigor.app.results.RunHistoryViewModel;
import dev.vigor.app.results.RunsView;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.trace.TraceTreeView;
import dev.vigor.engine.diag.SourceLocation;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The right-hand dock of the workbench: Verify (what to run and how it goes), Trace tree,
 * Counterexample and Runs.
 */
public final class VerificationDock extends TabPane {
  private final VerificationViewModel vm;
  private final Tab counterexampleTab;

  /** The dock over the view-models; navigator shows C and spec lines; status hears exports. */
  public VerificationDock(VerificationViewModel vm, RunHistoryViewModel history,
      SourceNavigator navigator, TaskExecutor tasks, Consumer<String> status) {
    this.vm = vm;
    setId("verification-dock");
    getStyleClass().add("verification-dock");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);

    Tab verify = new Tab("Verify", new VerificationPanel(vm, this::inspect, this::inspect, navigator));
    verify.setId("tab-verify");
    TraceTreeView tree = new TraceTreeView(vm.treeProperty(), vm.treeStatus(),
        this::resolve, navigator, this::selectTrace);
    Tab treeTab = new Tab("Trace tree", tree);
    treeTab.setId("tab-trace-tree");
    counterexampleTab = new Tab("Counterexample", new CounterexampleView(
        vm.selectedTraceProperty(), vm.selectedFindingProperty(), this::counterexampleNf,
        navigator, tasks, status));
    counterexampleTab.setId("tab-counterexample");
    // Check a capture… from the Runs tab: the check shows in the Verify tab, which comes forward
    Tab runs = new Tab("Runs", new RunsView(history, () -> {
      CaptureChooser.chooseAndCheck(vm, getScene() == null ? null : getScene().getWindow());
      if (vm.runningProperty().get()) {
        getSelectionModel().select(verify);
      }
    }, vm.state().selectedNfProperty().isNull().or(vm.runningProperty())));
    runs.setId("tab-runs");
    runs.setOnSelectionChanged(e -> {
      if (runs.isSelected()) {
        history.refresh();
      }
    });
    getTabs().addAll(verify, treeTab, counterexampleTab, runs);

    vm.savedToProperty().addListener((o, old, now) -> history.refresh());
  }

  /** The view-model the dock shows. */
  public VerificationViewModel viewModel() {
    return vm;
  }

  /** Shows a trace in the counterexample tab. */
  void inspect(TraceRow row) {
    vm.selectedTraceProperty().set(row);
    getSelectionModel().select(counterexampleTab);
  }

  /** Shows a failed check (the NF's low-level one or a lower layer's) in the counterexample tab. */
  void inspect(CheckFinding finding) {
    vm.selectedFindingProperty().set(finding);
    getSelectionModel().select(counterexampleTab);
  }

  /**
   * Shows a counterexample live verification found for spec of the NF in nfDir, in the
   * counterexample tab, as a run's trace is shown.
   */
  public void inspectLive(Path nfDir, Path spec, dev.vigor.engine.validate.TraceResult result) {
    inspect(TraceRow.live(nfDir, spec, dev.vigor.app.results.TraceOutcome.of(result)));
  }

  // A live row's C steps are of its own NF; any other row's of the run on show.
  private Path counterexampleNf() {
    TraceRow row = vm.selectedTraceProperty().get();
    return row != null && row.nfDir() != null ? row.nfDir() : vm.shownNfDirProperty().get();
  }

  // A leaf stands for a trace of every property run: show the most telling one.
  private void selectTrace(int traceId) {
    vm.traces().stream().filter(r -> r.traceId() == traceId)
        .max(Comparator.comparingInt(r -> r.statusProperty().get().severity()))
        .ifPresent(vm.selectedTraceProperty()::set);
  }

  private Path resolve(SourceLocation loc) {
    Path p = Path.of(loc.file());
    Path nf = vm.shownNfDirProperty().get();
    return p.isAbsolute() || nf == null ? p : nf.resolve(p).normalize();
  }
}
