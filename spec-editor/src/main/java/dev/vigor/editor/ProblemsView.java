package dev.vigor.editor;

import dev.vigor.engine.diag.Diagnostic;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** A list of diagnostics as {@code line:col message}; clicking (or Enter on) one opens it. */
public final class ProblemsView extends ListView<Diagnostic> {
  /** A view of {@code diagnostics} that calls {@code open} for the one the user picks. */
  public ProblemsView(ObservableList<Diagnostic> diagnostics, Consumer<Diagnostic> open) {
    super(diagnostics);
    getStyleClass().add("spec-problems");
    getStylesheets().add(ProblemsView.class.getResource("spec-editor.css").toExternalForm());
    setPlaceholder(new javafx.scene.control.Label("No problems"));
    setCellFactory(v -> new ListCell<>() {
      {
        // Long messages wrap inside the list's width instead of hiding behind a scroll bar.
        setWrapText(true);
        setPrefWidth(0);
      }

      @Override
      protected void updateItem(Diagnostic d, boolean empty) {
        super.updateItem(d, empty);
        getStyleClass().removeIf(c -> c.startsWith("problem-"));
        if (empty || d == null) {
          setText(null);
          setTooltip(null);
        } else {
          setText(describe(d));
          setTooltip(new javafx.scene.control.Tooltip(d.severity().word() + " at "
              + d.location().file() + ":" + d.location().line() + ":" + d.location().column()
              + "\n" + d.message()));
          getStyleClass().add("problem-" + d.severity().word());
        }
      }
    });
    setOnMouseClicked(e -> {
      Diagnostic d = getSelectionModel().getSelectedItem();
      if (d != null) {
        open.accept(d);
      }
    });
    setOnKeyPressed(e -> {
      Diagnostic d = getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && d != null) {
        open.accept(d);
      }
    });
  }

  /** A view of {@code editor}'s diagnostics that moves its caret to the one picked. */
  public static ProblemsView of(SpecEditor editor) {
    return new ProblemsView(editor.diagnostics(),
        d -> editor.moveCaretTo(d.location().line(), d.location().column()));
  }

  /** How a diagnostic is listed: {@code line:col message}. */
  public static String describe(Diagnostic d) {
    return d.location().line() + ":" + d.location().column() + " " + d.message();
  }
}
