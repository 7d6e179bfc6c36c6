package dev.vigor.app.verify;

import dev.vigor.engine.layers.Layer;
import dev.vigor.engine.validate.TraceResult;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.IndexedCheckModel;

/**
 * What to verify (the NF's full spec and properties, the stack layers), Run and Cancel, the
 * progress of the run, and each property's and each trace's status with times.
 */
public final class VerificationPanel extends VBox {
  private final VerificationViewModel vm;
  private final CheckListView<PropertyChoice> properties = new CheckListView<>();
  private final javafx.scene.layout.FlowPane layers = new javafx.scene.layout.FlowPane();
  private final TableView<TraceRow> traces = new TableView<>();

  /** The panel over vm; openTrace is called when the user double-clicks a trace. */
  public VerificationPanel(VerificationViewModel vm, Consumer<TraceRow> openTrace) {
    this(vm, openTrace, f -> vm.selectedFindingProperty().set(f), (file, line) -> { });
  }

  /**
   * The panel over vm; openTrace is called when the user double-clicks a trace, openFinding when
   * they double-click a failed check, navigator when they ask to see where a refused run's error
   * is.
   */
  public VerificationPanel(VerificationViewModel vm, Consumer<TraceRow> openTrace,
      Consumer<CheckFinding> openFinding, SourceNavigator navigator) {
    this.vm = vm;
    getStyleClass().add("verification-panel");
    setSpacing(6);
    setPadding(new Insets(8));

    var selected = vm.state().selectedNfProperty();
    var runNf = vm.state().runNfProperty();
    Label nf = new Label();
    nf.setId("verify-nf");
    nf.getStyleClass().add("verify-nf");
    nf.setWrapText(true);
    nf.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, not cut, when narrow
    nf.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null
        ? "Select an NF in the catalog to verify it"
        : "NF: " + selected.get().label(), selected));
    nf.setTooltip(new Tooltip());
    nf.getTooltip().textProperty().bind(Bindings.createStringBinding(
        () -> selected.get() == null ? "" : selected.get().folder().toString(), selected));

    properties.setId("verify-properties");
    properties.setItems(vm.properties());
    // Tall enough for a catalog NF's spec and properties without scrolling (about seven rows).
    properties.setPrefHeight(170);
    properties.setMinHeight(150);
    properties.setPlaceholder(placeholder("Click an NF in the catalog: its spec and properties appear here."));
    properties.setCellFactory(v -> tooltipCell(properties, PropertyChoice::toString,
        PropertyChoice::description));
    syncChecks(properties, vm.checkedProperties());

    // The layers as one wrapping row of check boxes: four layers must not squeeze the traces.
    layers.setId("verify-layers");
    layers.setHgap(12);
    layers.setVgap(4);
    // a FlowPane is as wide as its widest box; a box's long result then widened the whole panel
    layers.setMinWidth(0);
    // top of the stack first: the NF's code, then the layers under it
    java.util.List<Layer> topDown = new java.util.ArrayList<>(vm.layers());
    java.util.Collections.reverse(topDown);
    for (Layer l : topDown) {
      CheckBox box = new CheckBox(l.title());
      box.setId("layer-" + l.id());
      box.setTooltip(new javafx.scene.control.Tooltip(l.covers()));
      box.setSelected(vm.checkedLayers().contains(l));
      // a layer every verification includes cannot be unchecked
      box.setDisable(l.alwaysSelected());
      // a long title with its last run's result wraps in a narrow panel instead of being cut
      box.setWrapText(true);
      box.maxWidthProperty().bind(layers.widthProperty());
      box.setMinWidth(0); // else a wrapping box asks for its whole text's width and widens the panel
      box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      box.selectedProperty().addListener((o, was, now) -> {
        if (now && !vm.checkedLayers().contains(l)) {
          vm.checkedLayers().add(l);
        } else if (!now && !l.alwaysSelected()) {
          vm.checkedLayers().remove(l);
        }
      });
      vm.checkedLayers().addListener((ListChangeListener<Layer>) c ->
          box.setSelected(vm.checkedLayers().contains(l)));
      // what the layer's last run found and cost, after its name
      vm.layerCosts().addListener((javafx.collections.MapChangeListener<String, String>) c ->
          box.setText(vm.layerCosts().containsKey(l.id())
              ? l.title() + " — " + vm.layerCosts().get(l.id()) : l.title()));
      layers.getChildren().add(box);
    }

    Button run = new Button("Run (F5)");
    run.setId("verify-run");
    run.setDefaultButton(false);
    run.disableProperty().bind(vm.canRunBinding().not());
    run.setOnAction(e -> vm.run());
    Button cancel = new Button("Cancel (Esc)");
    cancel.setId("verify-cancel");
    cancel.disableProperty().bind(vm.runningProperty().not());
    cancel.setOnAction(e -> vm.cancel());
    HBox buttons = new HBox(6, run, cancel);
    buttons.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

    ProgressBar bar = new ProgressBar();
    bar.setId("verify-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    // Never indeterminate: that animation repaints every frame, and the counts line already
    // shows that exploration is moving.
    bar.progressProperty().bind(Bindings.createDoubleBinding(
        () -> Math.max(0, vm.fractionProperty().get()), vm.fractionProperty()));
    bar.visibleProperty().bind(vm.runningProperty());
    bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label phase = new Label();
    phase.setId("verify-phase");
    phase.textProperty().bind(vm.phaseProperty());
    Label counts = new Label();
    counts.setId("verify-counts");
    counts.textProperty().bind(vm.countsProperty());
    Label elapsed = new Label();
    elapsed.setId("verify-elapsed");
    elapsed.textProperty().bind(vm.elapsedProperty());
    HBox.setHgrow(counts, Priority.ALWAYS);
    counts.setMaxWidth(Double.MAX_VALUE);
    HBox progressLine = new HBox(10, phase, counts, elapsed);
    progressLine.setAlignment(Pos.CENTER_LEFT);

    // The run's end, announced in the panel (and in the status bar) rather than in a popup
    // window that would cover what the user looks at next.
    Label banner = new Label();
    banner.setId("verify-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.getStyleClass().add("verify-banner");
    // Wrapped in full: the trace table below gives way when the panel is short.
    banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    // A refused run points at the error: one click shows it in the editor.
    Hyperlink show = new Hyperlink("Show");
    show.setId("verify-banner-show");
    show.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    show.setOnAction(e -> {
      VerificationViewModel.RunEnd end = vm.lastEndProperty().get();
      if (end != null && end.file() != null) {
        navigator.show(end.file(), Math.max(1, end.line()));
      }
    });
    // Under each other, so a long message wraps over the panel's width.
    VBox bannerBox = new VBox(0, banner, show);
    bannerBox.setAlignment(Pos.CENTER_RIGHT);
    bannerBox.visibleProperty().bind(vm.lastEndProperty().isNotNull().and(vm.runningProperty().not()));
    bannerBox.managedProperty().bind(bannerBox.visibleProperty());
    show.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.lastEndProperty().get() != null
        && vm.lastEndProperty().get().file() != null, vm.lastEndProperty()));
    show.managedProperty().bind(show.visibleProperty());
    vm.lastEndProperty().addListener((o, old, end) -> {
      banner.getStyleClass().removeIf(c -> c.startsWith("banner-"));
      if (end != null) {
        banner.setText(end.text());
        banner.getStyleClass().add("banner-" + end.kind());
      }
    });

    // The NF's low-level failures: each makes every property fail on the traces through it.
    ListView<CheckFinding> lowLevel = new ListView<>(vm.lowLevelFailures());
    lowLevel.setId("verify-low-level");
    lowLevel.setPrefHeight(60);
    lowLevel.setMinHeight(60); // a failure must show even when the panel is short of room
    // a layer's finding is long (the values that break it): the whole text on hover, and in the
    // Counterexample tab on a double-click or Enter
    lowLevel.setCellFactory(v -> {
      javafx.scene.control.ListCell<CheckFinding> cell = new javafx.scene.control.ListCell<>() {
        @Override
        protected void updateItem(CheckFinding item, boolean empty) {
          super.updateItem(item, empty);
          setText(empty || item == null ? null : item.summary());
          setTooltip(empty || item == null ? null
              : new javafx.scene.control.Tooltip(item.summary() + "\n(double-click to inspect)"));
        }
      };
      cell.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !cell.isEmpty()) {
          openFinding.accept(cell.getItem());
        }
      });
      return cell;
    });
    lowLevel.setOnKeyPressed(e -> {
      CheckFinding f = lowLevel.getSelectionModel().getSelectedItem();
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && f != null) {
        openFinding.accept(f);
      }
    });
    lowLevel.getStyleClass().add("verify-low-level");
    lowLevel.visibleProperty().bind(Bindings.isNotEmpty(vm.lowLevelFailures()));
    lowLevel.managedProperty().bind(lowLevel.visibleProperty());
    Label lowLevelHeader = header("Checks that fail: the NF's low-level ones, the layers' below it"
        + " (double-click to inspect)");
    lowLevelHeader.setWrapText(true);
    lowLevelHeader.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    lowLevelHeader.visibleProperty().bind(lowLevel.visibleProperty());
    lowLevelHeader.managedProperty().bind(lowLevel.visibleProperty());

    // Unsaved editor text is verified as it is: say so while it runs and after.
    Label note = new Label();
    note.setId("verify-run-note");
    note.getStyleClass().add("verify-note");
    note.setWrapText(true);
    note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    note.textProperty().bind(vm.runNoteProperty());
    note.visibleProperty().bind(note.textProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());

    // A Run on a cluster says so (and what the cluster reported): verdicts come from elsewhere.
    Label clusterLine = new Label();
    clusterLine.setId("verify-cluster-line");
    clusterLine.getStyleClass().add("verify-note");
    clusterLine.setWrapText(true);
    clusterLine.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    clusterLine.textProperty().bind(vm.clusterLineProperty());
    clusterLine.visibleProperty().bind(clusterLine.textProperty().isNotEmpty());
    clusterLine.managedProperty().bind(clusterLine.visibleProperty());

    // Whose results these are: the run on show may be of another NF than the one selected.
    Label resultsHeader = header("Properties");
    resultsHeader.setId("verify-results-header");
    resultsHeader.setWrapText(true);
    resultsHeader.textProperty().bind(Bindings.createStringBinding(() -> {
      if (runNf.get() == null) {
        return "Properties";
      }
      String of = "Results of " + runNf.get().label();
      return runNf.get().equals(selected.get()) ? of : of + " (not the NF selected above)";
    }, runNf, selected));

    ListView<PropertySummary> summaries = new ListView<>(vm.summaries());
    summaries.setId("verify-summaries");
    summaries.setPrefHeight(130);
    summaries.setMinHeight(70);
    summaries.setPlaceholder(placeholder("Press Run (F5) to verify the checked properties."));
    summaries.setCellFactory(v -> new SummaryCell());

    configureTraceTable(openTrace);
    VBox.setVgrow(traces, Priority.ALWAYS);

    Hyperlink all = new Hyperlink("all");
    all.setId("verify-check-all");
    all.setOnAction(e -> vm.checkedProperties().setAll(List.copyOf(vm.properties())));
    Hyperlink none = new Hyperlink("none");
    none.setId("verify-check-none");
    none.setOnAction(e -> vm.checkedProperties().clear());
    HBox whatHeader = new HBox(4, header("What to verify"), new Label("·"), all, none);
    whatHeader.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(nf, whatHeader, properties, header("Layers"), layers,
        buttons, bar, progressLine, clusterLine, note, bannerBox, lowLevelHeader, lowLevel, resultsHeader,
        summaries,
        header("Traces (double-click or Enter to inspect)"), traces);
  }

  private void configureTraceTable(Consumer<TraceRow> openTrace) {
    traces.setId("verify-traces");
    traces.setItems(vm.traces());
    traces.setPlaceholder(placeholder("Each trace of the run appears here, queued until checked."));
    TableColumn<TraceRow, String> prop = textColumn("Property",
        r -> r.property().getFileName().toString());
    TableColumn<TraceRow, String> id = textColumn("Trace", r -> r.traceId() == TraceResult.NF_INIT
        ? TraceResult.label(r.traceId()) : String.valueOf(r.traceId()));
    TableColumn<TraceRow, TraceStatus> status = new TableColumn<>("Status");
    status.setCellValueFactory(d -> d.getValue().statusProperty());
    status.setCellFactory(c -> new StatusCell());
    TableColumn<TraceRow, String> time = new TableColumn<>("Time");
    time.setCellValueFactory(d -> Bindings.createStringBinding(
        () -> d.getValue().outcomeProperty().get() == null ? ""
            : d.getValue().outcomeProperty().get().millis() + " ms",
        d.getValue().outcomeProperty()));
    traces.getColumns().addAll(List.of(prop, id, status, time));
    traces.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    traces.getSelectionModel().selectedItemProperty().addListener(
        (o, old, now) -> vm.selectedTraceProperty().set(now));
    vm.selectedTraceProperty().addListener((o, old, now) -> {
      if (now != traces.getSelectionModel().getSelectedItem()) {
        traces.getSelectionModel().select(now);
        if (now != null) {
          traces.scrollTo(now);
        }
      }
    });
    traces.setOnKeyPressed(e -> {
      TraceRow selected = traces.getSelectionModel().getSelectedItem();
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
        openTrace.accept(selected);
      }
    });
    traces.setRowFactory(t -> {
      TableRow<TraceRow> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          openTrace.accept(row.getItem());
        }
      });
      return row;
    });
  }

  /** An empty list's hint, wrapped in a narrow panel rather than cut. */
  private static Label placeholder(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setPadding(new Insets(6));
    l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    return l;
  }

  /** The properties list, for tests. */
  public CheckListView<PropertyChoice> propertyList() {
    return properties;
  }

  /** The trace table, for tests. */
  public TableView<TraceRow> traceTable() {
    return traces;
  }

  private static Label header(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("pane-header");
    return l;
  }

  private static TableColumn<TraceRow, String> textColumn(String title,
      Function<TraceRow, String> value) {
    TableColumn<TraceRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    return c;
  }

  // CheckListView keeps its own check model: mirror it both ways with the view-model's list.
  private static <T> void syncChecks(CheckListView<T> view, ObservableList<T> checked) {
    IndexedCheckModel<T> model = view.getCheckModel();
    boolean[] busy = {false};
    Runnable toView = () -> {
      busy[0] = true;
      model.clearChecks();
      checked.forEach(model::check);
      busy[0] = false;
    };
    view.getItems().addListener((ListChangeListener<T>) c -> toView.run());
    checked.addListener((ListChangeListener<T>) c -> {
      if (!busy[0]) {
        toView.run();
      }
    });
    model.getCheckedItems().addListener((ListChangeListener<T>) c -> {
      if (!busy[0]) {
        busy[0] = true;
        checked.setAll(List.copyOf(model.getCheckedItems()));
        busy[0] = false;
      }
    });
    toView.run();
  }

  private static <T> ListCell<T> tooltipCell(CheckListView<T> list, Function<T, String> label,
      Function<T, String> tip) {
    javafx.util.StringConverter<T> converter = new javafx.util.StringConverter<>() {
      @Override
      public String toString(T item) {
        return item == null ? "" : label.apply(item);
      }

      @Override
      public T fromString(String text) {
        return list.getItems().stream().filter(i -> label.apply(i).equals(text)).findFirst()
            .orElse(null);
      }
    };
    return new CheckBoxListCell<>(list::getItemBooleanProperty, converter) {
      @Override
      public void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setTooltip(empty || item == null || tip.apply(item).isEmpty() ? null
            : new Tooltip(tip.apply(item)));
      }
    };
  }

  /** A property's summary line, tinted by its status. */
  private static final class SummaryCell extends ListCell<PropertySummary> {
    private final javafx.beans.value.ChangeListener<TraceStatus> restyle = (o, old, now) -> style(now);
    private PropertySummary shown;

    @Override
    protected void updateItem(PropertySummary s, boolean empty) {
      super.updateItem(s, empty);
      textProperty().unbind();
      setTooltip(null);
      if (shown != null) {
        shown.statusProperty().removeListener(restyle);
        shown = null;
      }
      getStyleClass().removeIf(c -> c.startsWith("status-"));
      if (empty || s == null) {
        setText(null);
        return;
      }
      textProperty().bind(s.textProperty());
      Tooltip tip = new Tooltip();
      tip.textProperty().bind(s.sourcesTextProperty());
      setTooltip(tip);
      // Wrap long lines instead of scrolling sideways.
      setWrapText(true);
      setPrefWidth(0);
      shown = s;
      s.statusProperty().addListener(restyle);
      style(s.statusProperty().get());
    }

    private void style(TraceStatus status) {
      getStyleClass().removeIf(c -> c.startsWith("status-"));
      getStyleClass().add(status.styleClass());
    }
  }

  /** A trace's status word, tinted. */
  private static final class StatusCell extends TableCell<TraceRow, TraceStatus> {
    @Override
    protected void updateItem(TraceStatus s, boolean empty) {
      super.updateItem(s, empty);
      getStyleClass().removeIf(c -> c.startsWith("status-"));
      if (empty || s == null) {
        setText(null);
        return;
      }
      setText(s.label());
      getStyleClass().add(s.styleClass());
    }
  }
}
