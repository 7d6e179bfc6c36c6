package dev.vigor.app.cex;

import dev.vigor.app.results.TraceOutcome;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.app.verify.CheckFinding;
import dev.vigor.app.verify.SourceNavigator;
import dev.vigor.app.verify.TraceRow;
import dev.vigor.engine.readable.FoldedStep;
import dev.vigor.engine.readable.ObjectEntries;
import dev.vigor.engine.readable.PacketField;
import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.report.PcapFile;
import dev.vigor.engine.validate.TraceResult;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
 * Shows the selected trace: for a violation, the engine's readable counterexample (what the NF
 * did next to what the spec requires, the deciding spec line and why a pop_header fell back, the
 * packet as named header fields and hex, the state before with values in the NF's C types and
 * times relative to now, what the NF and the spec changed, differences outlined, and the C steps
 * with helper internals folded unless asked, each clickable); for an unknown trace, why; with JSON
 * and pcap export.
 */
public final class CounterexampleView extends ScrollPane {
  private final SourceNavigator navigator;
  private final Supplier<Path> nfDir;
  private final TaskExecutor tasks;
  private final Consumer<String> status;
  private final VBox content = new VBox(10);
  // Whether C traces show helper internals; kept while the user moves between traces.
  private final BooleanProperty fullTrace = new SimpleBooleanProperty(false);
  private TraceRow row;

  /** Follows selected; resolves relative file names in nfDir; reports exports to status. */
  public CounterexampleView(ObservableValue<TraceRow> selected, Supplier<Path> nfDir,
      SourceNavigator navigator, TaskExecutor tasks, Consumer<String> status) {
    this(selected, new javafx.beans.property.SimpleObjectProperty<>(), nfDir, navigator, tasks,
        status);
  }

  /**
   * As above, also showing the failed check in finding when that is picked (a trace and a check
   * are not selected at once: whichever was picked last shows).
   */
  public CounterexampleView(ObservableValue<TraceRow> selected,
      ObservableValue<CheckFinding> finding, Supplier<Path> nfDir, SourceNavigator navigator,
      TaskExecutor tasks, Consumer<String> status) {
    this.navigator = navigator;
    this.nfDir = nfDir;
    this.tasks = tasks;
    this.status = status;
    setId("counterexample");
    getStyleClass().add("counterexample");
    setFitToWidth(true);
    content.setPadding(new Insets(10));
    setContent(content);
    selected.addListener((o, old, now) -> {
      if (now != null || finding.getValue() == null) {
        show(now);
      }
    });
    finding.addListener((o, old, now) -> {
      if (now != null) {
        new FindingSection(content, navigator, nfDir).show(now);
      } else if (selected.getValue() == null) {
        show(null);
      }
    });
    if (finding.getValue() != null) {
      new FindingSection(content, navigator, nfDir).show(finding.getValue());
    } else {
      show(selected.getValue());
    }
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
      // wrapped, one paragraph per reason: a reason is a sentence or three, which a one-line
      // list row cut off after fifty characters
      VBox reasons = new VBox(6);
      reasons.setId("cex-reasons");
      for (String reason : o.reasons()) {
        Label l = new Label(reason);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("cex-reason");
        // a reason names files, lines and values a user pastes into an issue or a search
        l.setContextMenu(copyMenu(reason, String.join("\n", o.reasons())));
        reasons.getChildren().add(l);
      }
      content.getChildren().add(reasons);
    } else {
      content.getChildren().add(note(init ? "Proved: nf_init builds exactly the tables "
          + r.property().getFileName() + " states." : "Proved: on every input that takes this path,"
          + " the NF does what the spec says. No counterexample exists."));
    }
  }

  /** Right-click ▸ Copy (this text) and Copy all (every reason, one per line). */
  private static javafx.scene.control.ContextMenu copyMenu(String text, String all) {
    javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
    copy.setOnAction(e -> toClipboard(text));
    javafx.scene.control.MenuItem copyAll = new javafx.scene.control.MenuItem("Copy all reasons");
    copyAll.setOnAction(e -> toClipboard(all));
    return new javafx.scene.control.ContextMenu(copy, copyAll);
  }

  static void toClipboard(String text) {
    javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
    content.putString(text);
    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
  }

  private void showCounterexample(CounterexampleModel c) {
    ReadableCounterexample r = c.readable();
    content.getChildren().add(section("What the NF did and what the spec requires"));
    GridPane sides = halves();
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
    if (!r.mismatch().isEmpty()) {
      Label why = new Label("The spec's pop_header fell back to on_mismatch: " + r.mismatch());
      why.setId("cex-why");
      why.setWrapText(true);
      why.getStyleClass().add("cex-why");
      content.getChildren().add(why);
    }

    content.getChildren().add(section("Input"));
    if (c.beforeInit()) {
      Label none = new Label("None: nf_init runs once, before any packet, on empty tables and the"
          + " configuration in nf.properties.");
      none.setId("cex-arrival");
      none.setWrapText(true);
      content.getChildren().add(none);
      steps(c, r);
      Button json = new Button("Export JSON…");
      json.setId("cex-export-json");
      json.setOnAction(e -> export(c, "json"));
      content.getChildren().add(new HBox(8, json));
      return;
    }
    Label arrival = new Label("Arrives on device " + r.device() + ", " + r.length()
        + " bytes, at now = " + r.nowText() + ". Times below are relative to now."
        + (r.configuration().isEmpty() ? ""
            : " Configuration (left open by nf.properties): " + String.join(", ", r.configuration()) + "."));
    arrival.setId("cex-arrival");
    arrival.setWrapText(true);
    content.getChildren().add(arrival);
    TableView<PacketField> headers = new TableView<>();
    headers.setId("cex-headers");
    headers.getColumns().add(column("Header", PacketField::header, 70));
    headers.getColumns().add(column("Field", PacketField::field, 90));
    headers.getColumns().add(column("Value", PacketField::value, 230));
    headers.getColumns().add(column("Bytes", f -> f.width() == 1 ? String.valueOf(f.offset())
        : f.offset() + "–" + (f.offset() + f.width() - 1), 70));
    headers.getItems().setAll(r.headers());
    headers.setPlaceholder(new Label("No Ethernet header: the packet is " + r.length()
        + " bytes long"));
    headers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    headers.setPrefHeight(30 + 25 * Math.max(1, Math.min(8, headers.getItems().size())));
    TextArea hex = new TextArea(HexDump.format(c.packet()));
    hex.setId("cex-hex");
    hex.setEditable(false);
    hex.getStyleClass().add("monospace");
    hex.setPrefRowCount(Math.min(4, c.packet().length / 16 + 1));
    content.getChildren().addAll(headers, hex);

    content.getChildren().add(section("State before the packet (the entries the path looks at)"));
    VBox before = new VBox(2);
    before.setId("cex-state-before");
    if (r.before().isEmpty()) {
      before.getChildren().add(note("No libVig entry was needed: the tables may be empty."));
    }
    r.before().forEach(o -> objectEntries(before, o, Set.of()));
    content.getChildren().add(before);

    content.getChildren().add(section("State after the packet (what changed)"));
    GridPane after = halves();
    after.setId("cex-state-after");
    after.add(caption("NF left"), 0, 0);
    after.add(caption("Spec requires"), 1, 0);
    after.add(changes("cex-after-nf", r.nfAfter(), r.specAfter(), "The NF's tables: none exported."),
        0, 1);
    after.add(changes("cex-after-spec", r.specAfter(), r.nfAfter(),
        "The spec imports no state: it says nothing about the tables."), 1, 1);
    content.getChildren().add(after);

    steps(c, r);

    Button json = new Button("Export JSON…");
    json.setId("cex-export-json");
    json.setOnAction(e -> export(c, "json"));
    Button pcap = new Button("Export pcap…");
    pcap.setId("cex-export-pcap");
    pcap.setOnAction(e -> export(c, "pcap"));
    content.getChildren().add(new HBox(8, json, pcap));
    replayOnBinary(c);
  }

  /**
   * Replay on the binary: the NF built with gcc, loaded with the counterexample's tables, given
   * its packet; says what the binary did and whether that is what the counterexample says.
   */
  private void replayOnBinary(CounterexampleModel c) {
    Button replay = new Button("Replay on the binary");
    replay.setId("cex-replay-binary");
    Label result = new Label(c.input() == null
        ? "This run file was saved without the tables a replay needs: run the verification again."
        : "Builds the NF with gcc and runs it on this packet, its tables loaded as above.");
    result.setId("cex-binary-result");
    result.setWrapText(true);
    result.getStyleClass().add("pane-note");
    replay.setDisable(c.input() == null || c.beforeInit() || nfDir.get() == null);
    replay.setOnAction(e -> {
      replay.setDisable(true);
      result.getStyleClass().removeAll("status-proved", "status-violated");
      result.setText("Building the NF (gcc) and replaying the packet …");
      Path dir = nfDir.get();
      Task<dev.vigor.engine.nfrun.BinaryReplay.Outcome> run = new Task<>() {
        @Override
        protected dev.vigor.engine.nfrun.BinaryReplay.Outcome call() throws Exception {
          return dev.vigor.engine.nfrun.BinaryReplay.run(dir, c.input(),
              dev.vigor.engine.nfrun.NfBuild.defaultCache());
        }
      };
      run.setOnSucceeded(x -> {
        replay.setDisable(false);
        result.setText(run.getValue().describe(c.packet()));
        result.getStyleClass().add(run.getValue().agrees() ? "status-proved" : "status-violated");
      });
      run.setOnFailed(x -> {
        replay.setDisable(false);
        result.setText("Could not replay on the binary: " + run.getException().getMessage());
        result.getStyleClass().add("status-violated");
      });
      tasks.execute(run);
    });
    content.getChildren().add(section("On the binary"));
    content.getChildren().add(new HBox(8, replay));
    content.getChildren().add(result);
  }

  /** The C trace, helper steps folded unless the user unfolds them. */
  private void steps(CounterexampleModel c, ReadableCounterexample r) {
    content.getChildren().add(section("C trace (click a step to see its line)"));
    if (c.steps().isEmpty()) {
      content.getChildren().add(note("This run file holds no C steps."));
    } else {
      CheckBox full = new CheckBox("Show the steps inside libVig and packet.h helpers");
      full.setId("cex-full-trace");
      full.setSelected(fullTrace.get());
      full.selectedProperty().bindBidirectional(fullTrace);
      ListView<String> steps = new ListView<>();
      steps.setId("cex-steps");
      Runnable fill = () -> steps.getItems().setAll(fullTrace.get() ? c.steps()
          : r.trace().stream().map(FoldedStep::summary).toList());
      fill.run();
      full.selectedProperty().addListener((o, was, is) -> fill.run());
      steps.setCellFactory(v -> new StepCell());
      steps.setPrefHeight(10 * 26 + 4);
      steps.getSelectionModel().selectedItemProperty().addListener((o, old, step) ->
          SourceRef.parse(step).ifPresent(ref -> navigator.show(ref.resolveIn(nfDir.get()), ref.line())));
      content.getChildren().addAll(full, steps);
    }
  }

  /** One object's heading and entries; entries in {@code differs} are outlined in red. */
  private static void objectEntries(VBox into, ObjectEntries o, Set<String> differs) {
    Label heading = new Label(o.heading());
    heading.setWrapText(true); // "stations (emap of struct Station, 1024 slots)" in half a dock
    heading.getStyleClass().add("cex-object");
    into.getChildren().add(heading);
    if (o.entries().isEmpty()) {
      into.getChildren().add(entry("unchanged", false));
    }
    o.entries().forEach(e -> into.getChildren().add(entry(e, differs.contains(e))));
  }

  private static VBox changes(String id, List<ObjectEntries> mine, List<ObjectEntries> theirs,
      String none) {
    VBox box = new VBox(2);
    box.setId(id);
    if (mine.isEmpty()) {
      box.getChildren().add(note(none));
    }
    mine.forEach(o -> objectEntries(box, o, ReadableCounterexample.differing(o, theirs)));
    return box;
  }

  private static Label entry(String text, boolean differs) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("cex-entry");
    if (differs) {
      l.getStyleClass().add("differs");
    }
    return l;
  }

  private static GridPane halves() {
    GridPane g = new GridPane();
    g.setHgap(12);
    g.setVgap(4);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    g.getColumnConstraints().addAll(half, half);
    return g;
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
          PcapFile.write(file, List.of(c.packet()));
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

  static Label section(String text) {
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

  static Label note(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    l.getStyleClass().add("pane-note");
    return l;
  }

}
