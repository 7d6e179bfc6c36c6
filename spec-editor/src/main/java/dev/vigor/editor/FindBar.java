package dev.vigor.editor;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The Ctrl+F bar: a case-insensitive search that selects the next (Enter, F3) or previous
 * (Shift+Enter, Shift+F3) match, wrapping around; Escape closes it.
 */
public final class FindBar extends HBox {
  private final CodeArea area;
  private final TextField query = new TextField();
  private final Label status = new Label();

  FindBar(CodeArea area) {
    this.area = area;
    getStyleClass().add("spec-find-bar");
    setSpacing(6);
    setPadding(new Insets(3, 6, 3, 6));
    setAlignment(Pos.CENTER_LEFT);
    query.setPromptText("Find");
    query.setPrefColumnCount(18);
    Button previous = new Button("Previous");
    Button next = new Button("Next");
    Button close = new Button("×");
    previous.setOnAction(e -> find(false));
    next.setOnAction(e -> find(true));
    close.setOnAction(e -> close());
    query.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
        find(!e.isShiftDown());
        e.consume();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        close();
        e.consume();
      }
    });
    query.textProperty().addListener((o, was, now) -> find(true, area.getSelection().getStart()));
    getChildren().addAll(new Label("Find:"), query, previous, next, status, close);
    setVisible(false);
    setManaged(false);
  }

  /** Shows the bar with the search field focused, seeded with the selection if there is one. */
  public void open() {
    setVisible(true);
    setManaged(true);
    String selected = area.getSelectedText();
    if (!selected.isEmpty() && !selected.contains("\n")) {
      query.setText(selected);
    }
    query.requestFocus();
    query.selectAll();
  }

  /** Hides the bar and gives the focus back to the text. */
  public void close() {
    setVisible(false);
    setManaged(false);
    area.requestFocus();
  }

  /** The search field. */
  public TextField queryField() {
    return query;
  }

  /** Selects the next ({@code forward}) or previous match from the caret; false when there is none. */
  public boolean find(boolean forward) {
    int from = forward ? area.getSelection().getEnd() : area.getSelection().getStart();
    return find(forward, from);
  }

  private boolean find(boolean forward, int from) {
    String q = query.getText().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      status.setText("");
      return false;
    }
    String text = area.getText().toLowerCase(Locale.ROOT);
    int at = forward ? text.indexOf(q, from) : text.lastIndexOf(q, from - 1);
    if (at < 0) {
      at = forward ? text.indexOf(q) : text.lastIndexOf(q);
    }
    if (at < 0) {
      status.setText("no match");
      return false;
    }
    status.setText("");
    area.selectRange(at, at + q.length());
    area.requestFollowCaret();
    return true;
  }
}
