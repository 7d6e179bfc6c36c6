package dev.vigor.app.cex;

import dev.vigor.app.results.TraceOutcome;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.verify.SourceNavigator;
import dev.vigor.app.verify.TraceRow;
import dev.vigor.engine.validate.TraceResult;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Shows the selected trace: for a violation, the counterexample (packet as headers and hex,
 * device and time, pre-state, what the NF did next to what the spec requires, the deciding spec
 * line and the C steps, each clickable); for an unknown trace, why; with JSON and pcap export.
 */
public final class CounterexampleView extends ScrollPane {
  private final SourceNavigator navigator;
  private final Supplier<Path> nfDir;
  private final TaskExecutor tasks;
  private final Consumer<String> status;
  private final VBox content = new VBox(10);
  private TraceRow row;

  /** Follows selected; resolves relative file names in nfDir; reports exports to status. */
  public CounterexampleView(ObservableValue<TraceRow> selected, Supplier<Path> nfDir,
      SourceNavigator navigator, TaskExecutor tasks, Consumer<String> status) {
    this.navigator = navigator;
    this.nfDir = nfDir;
    this.tasks = tasks;
    this.status = status;
    setId("counterexample");
    getStyleClass().add("counterexample");
    setFitToWidth(true);
    content.setPadding(new Insets(10));
    setContent(content);
    selected.addListener((o, old, now) -> show(now));
    show(selected.getValue());
  }

  private void show(TraceRow r) {
    row = r;
    content.getChildren().clear();
    if (r == null) {
      content.getChildren().add(note("Select a trace in the Verify tab or the trace tree:"
          + " a violated trace shows its counterexample here."));
      return;
    }
    TraceOutcome o = r.outcomeProperty().get();
    boolean init = r.traceId() == TraceResult.NF_INIT;
    String title = (init ? "nf_init against " : "Trace " + r.traceId() + " of ")
        + r.property().getFileName() + ": " + r.statusProperty().get().label();
    Label heading = new Label(title);
    heading.setId("cex-title");
    heading.getStyleClass().addAll("cex-title", r.statusProperty().get().styleClass());
    content.getChildren().add(heading);
    if (o == null) {
      content.getChildren().add(note("Not decided yet."));
    } else if (o.counterexample().isPresent()) {
      showCounterexample(o.counterexample().get());
    } else if (!o.reasons().isEmpty()) {
      content.getChildren().add(section("Why it is not proved"));
      ListView<String> reasons = new ListView<>();
      reasons.getItems().setAll(o.reasons());
      reasons.setPrefHeight(Math.min(8, o.reasons().size() + 1) * 26);
      content.getChildren().add(reasons);
    } else {
      content.getChildren().add(note(init ? "Proved: nf_init builds exactly the tables "
          + r.property().getFileName() + " states." : "Proved: on every input that takes this path,"
          + " the NF does what the spec says. No counterexample exists."));
    }
  }

  private void showCounterexample(CounterexampleModel c) {
    content.getChildren().add(section("What the NF did and what the spec requires"));
    GridPane sides = new GridPane();
    sides.setHgap(12);
    sides.setVgap(4);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    sides.getColumnConstraints().addAll(half, half);
    sides.add(caption("NF did"), 0, 0);
    sides.add(caption("Spec requires"), 1, 0);
    Label nf = outcome(c.nfOutcome(), "cex-nf");
    Label spec = outcome(c.specOutcome(), "cex-spec");
    if (!c.outcomesAgree()) {
      nf.getStyleClass().add("differs");
      spec.getStyleClass().add("differs");
    }
    sides.add(nf, 0, 1);
    sides.add(spec, 1, 1);
    content.getChildren().add(sides);

    Hyperlink specLine = new Hyperlink("Deciding spec line: " + SourceRef.parse(c.specLine())
        .map(ref -> Path.of(ref.file()).getFileName() + ":" + ref.line()).orElse(c.specLine()));
    specLine.setTooltip(new javafx.scene.control.Tooltip(c.specLine() + " — click to open"));
    specLine.setId("cex-spec-line");
    specLine.setOnAction(e -> SourceRef.parse(c.specLine())
        .ifPresent(ref -> navigator.show(specFile(ref), ref.line())));
    specLine.setDisable(SourceRef.parse(c.specLine()).isEmpty());
    content.getChildren().add(specLine);

    content.getChildren().add(section("C trace (click a step to see its line)"));
    if (c.steps().isEmpty()) {
      content.getChildren().add(note("This run file holds no C steps."));
    } else {
      ListView<String> steps = new ListView<>();
      steps.setId("cex-steps");
      steps.getItems().setAll(c.steps());
      steps.setCellFactory(v -> new StepCell());
      steps.setPrefHeight(Math.min(10, c.steps().size()) * 26 + 4);
      steps.getSelectionModel().selectedItemProperty().addListener((o, old, step) ->
          SourceRef.parse(step).ifPresent(ref -> navigator.show(ref.resolveIn(nfDir.get()), ref.line())));
      content.getChildren().add(steps);
    }

    content.getChildren().add(section("Input"));
    if (c.beforeInit()) {
      Label none = new Label("None: nf_init runs once, before any packet, on empty tables and the"
          + " configuration in nf.properties.");
      none.setId("cex-arrival");
      Button json = new Button("Export JSON…");
      json.setId("cex-export-json");
      json.setOnAction(e -> export(c, "json"));
      content.getChildren().addAll(none, new HBox(8, json));
      return;
    }
    Label arrival = new Label("Arrives on device " + c.device() + " at time " + c.now()
        + " (" + c.packet().length + " bytes)");
    arrival.setId("cex-arrival");
    content.getChildren().add(arrival);
    TableView<PacketHeaders.Field> headers = new TableView<>();
    headers.setId("cex-headers");
    headers.getColumns().add(column("Header", PacketHeaders.Field::header, 80));
    headers.getColumns().add(column("Field", PacketHeaders.Field::name, 130));
    headers.getColumns().add(column("Value", PacketHeaders.Field::value, 200));
    headers.getItems().setAll(PacketHeaders.decode(c.packet()));
    headers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    headers.setPrefHeight(30 + 25 * Math.min(12, headers.getItems().size()));
    TextArea hex = new TextArea(HexDump.format(c.packet()));
    hex.setId("cex-hex");
    hex.setEditable(false);
    hex.getStyleClass().add("monospace");
    hex.setPrefRowCount(Math.min(5, c.packet().length / 16 + 1));
    content.getChildren().addAll(headers, hex);

    content.getChildren().add(section("State before the packet"));
    if (c.preState().isEmpty()) {
      content.getChildren().add(note("No libVig entry was needed: the tables may be empty."));
    } else {
      ListView<String> state = new ListView<>();
      state.getItems().setAll(c.preState());
      state.setPrefHeight(Math.min(8, c.preState().size()) * 26 + 4);
      content.getChildren().add(state);
    }

    Button json = new Button("Export JSON…");
    json.setId("cex-export-json");
    json.setOnAction(e -> export(c, "json"));
    Button pcap = new Button("Export pcap…");
    pcap.setId("cex-export-pcap");
    pcap.setOnAction(e -> export(c, "pcap"));
    content.getChildren().add(new HBox(8, json, pcap));
  }

  private Path specFile(SourceRef ref) {
    Path p = Path.of(ref.file());
    if (p.isAbsolute()) {
      return p;
    }
    // The engine names a spec as given on the command line or by file name: prefer the file
    // this trace was verified against when the names agree.
    Path property = row.property();
    if (property.getFileName().toString().equals(p.getFileName().toString())) {
      return property;
    }
    return ref.resolveIn(nfDir.get());
  }

  private void export(CounterexampleModel c, String kind) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(kind.equals("json") ? "Export the counterexample as JSON"
        : "Export the input packet as pcap");
    chooser.setInitialFileName((row.traceId() == TraceResult.NF_INIT ? "nf_init"
        : "trace-" + row.traceId()) + "." + kind);
    File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
    if (f != null) {
      exportTo(c, kind, f.toPath());
    }
  }

  /** Writes the counterexample (json) or its packet (pcap) to file, off the FX thread. */
  void exportTo(CounterexampleModel c, String kind, Path file) {
    String property = row.property().getFileName().toString();
    int trace = row.traceId();
    Task<Void> write = new Task<>() {
      @Override
      protected Void call() throws Exception {
        if (kind.equals("json")) {
          Files.writeString(file, CounterexampleJson.of(property, trace, c), StandardCharsets.UTF_8);
        } else {
          PcapWriter.write(file, c.packet());
        }
        return null;
      }
    };
    write.setOnSucceeded(e -> status.accept("Exported " + file));
    write.setOnFailed(e -> status.accept("Could not export " + file + ": "
        + write.getException().getMessage()));
    tasks.execute(write);
  }

  private static <T> TableColumn<T, String> column(String title,
      java.util.function.Function<T, String> value, double width) {
    TableColumn<T, String> col = new TableColumn<>(title);
    col.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
    col.setPrefWidth(width);
    return col;
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("cex-section");
    return l;
  }

  private static Label caption(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("cex-caption");
    return l;
  }

  private static Label outcome(String text, String id) {
    Label l = new Label(text);
    l.setId(id);
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.getStyleClass().add("cex-outcome");
    GridPane.setHgrow(l, Priority.ALWAYS);
    return l;
  }

  private static Label note(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("pane-note");
    return l;
  }

  /** A C step: the statement, then its file:line in grey. */
  private static final class StepCell extends ListCell<String> {
    @Override
    protected void updateItem(String step, boolean empty) {
      super.updateItem(step, empty);
      if (empty || step == null) {
        setText(null);
        return;
      }
      setText(SourceRef.parse(step)
          .map(ref -> ref.rest() + "    (" + Path.of(ref.file()).getFileName() + ":" + ref.line() + ")")
          .orElse(step));
    }
  }
}
