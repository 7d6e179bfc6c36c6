package dev.vigor.app.results;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The saved runs as a table (date, NF, properties, layers, verdicts); double-click reopens one. */
public final class RunsView extends BorderPane {
  private final TableView<RunStore.Entry> table = new TableView<>();

  /** A table over the history's runs. */
  public RunsView(RunHistoryViewModel history) {
    this(history, null, null);
  }

  /**
   * A table over the history's runs, with Check a capture… (checkCapture; disabled while
   * captureUnavailable holds) when checkCapture is not null.
   */
  public RunsView(RunHistoryViewModel history, Runnable checkCapture,
      javafx.beans.value.ObservableBooleanValue captureUnavailable) {
    getStyleClass().add("runs-view");
    table.setId("runs-table");
    table.setItems(history.runs());
    table.getColumns().add(column("Date", e -> e.run() == null ? e.file().getFileName().toString()
        : e.run().started().toString().replace('T', ' '), 140));
    table.getColumns().add(column("NF", e -> e.run() == null ? "" : history.nfLabel(e.run()), 130));
    table.getColumns().add(column("Properties", e -> e.run() == null ? "" : e.run().propertyNames(), 160));
    table.getColumns().add(column("Layers", e -> e.run() == null ? "" : String.join(", ", e.run().layers()), 60));
    table.getColumns().add(column("Verdicts", e -> e.run() == null ? "unreadable: " + e.problem()
        : e.run().verdictSummary() + (e.run().unsavedFiles().isEmpty() ? ""
            : " (unsaved text of " + String.join(", ", e.run().unsavedFiles()) + ")"), 220));
    table.setPlaceholder(new Label("No saved runs yet: each finished run is saved here."));
    table.setRowFactory(v -> {
      TableRow<RunStore.Entry> row = new TableRow<>();
      row.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && !row.isEmpty()) {
          history.open(row.getItem());
        }
      });
      return row;
    });

    Button open = new Button("Open run");
    open.setId("runs-open");
    open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    open.setOnAction(e -> history.open(table.getSelectionModel().getSelectedItem()));
    Button sarif = exportButton("Export SARIF…", RunHistoryViewModel.ReportFormat.SARIF, history);
    sarif.setId("runs-export-sarif");
    Button junit = exportButton("Export JUnit…", RunHistoryViewModel.ReportFormat.JUNIT, history);
    junit.setId("runs-export-junit");
    Button refresh = new Button("Refresh");
    refresh.setOnAction(e -> history.refresh());
    Label message = new Label();
    message.textProperty().bind(history.messageProperty());
    message.getStyleClass().add("pane-note");
    message.setWrapText(true);
    // a flow, not a row: in the dock's width a row cut the labels to "Op..." and "Export S..."
    javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, open, sarif,
        junit, refresh);
    if (checkCapture != null) {
      // a capture checked on the selected NF: its first disagreement shows in the Verify tab
      Button capture = new Button("Check a capture…");
      capture.setId("runs-check-capture");
      capture.disableProperty().bind(captureUnavailable);
      capture.setOnAction(e -> checkCapture.run());
      buttons.getChildren().add(capture);
    }
    VBox bottom = new VBox(4, buttons, message);
    bottom.setPadding(new Insets(6));
    setCenter(table);
    setBottom(bottom);
  }

  private Button exportButton(String text, RunHistoryViewModel.ReportFormat format,
      RunHistoryViewModel history) {
    Button b = new Button(text);
    b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    b.setOnAction(e -> {
      RunStore.Entry entry = table.getSelectionModel().getSelectedItem();
      javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
      chooser.setTitle(text.replace("…", ""));
      chooser.setInitialFileName(entry.file().getFileName().toString()
          .replaceFirst("\\.json$", "." + format.extension()));
      java.io.File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
      if (f != null) {
        history.export(entry, format, f.toPath());
      }
    });
    return b;
  }

  /** The table, for tests. */
  public TableView<RunStore.Entry> table() {
    return table;
  }

  private static TableColumn<RunStore.Entry, String> column(String title,
      Function<RunStore.Entry, String> value, double width) {
    TableColumn<RunStore.Entry, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
