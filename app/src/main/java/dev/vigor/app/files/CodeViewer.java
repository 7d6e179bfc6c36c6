package dev.vigor.app.files;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * A read-only file: monospace with line numbers, C highlighted, its path above it. A revealed line
 * is selected and keeps a highlight band until another line is revealed.
 */
public final class CodeViewer extends BorderPane {
  /** Style class of the paragraph last revealed. */
  public static final String REVEALED = "revealed-line";

  private final CodeArea text;
  private int revealed = -1;

  /** A viewer of {@code file}; highlighted as C when it is C. */
  public CodeViewer(OpenFile file) {
    getStyleClass().add("file-view");
    Label path = new Label();
    path.getStyleClass().add("file-path");
    path.textProperty().bind(file.pathProperty().asString("read-only  ·  %s"));
    text = new CodeArea(file.text());
    text.getStyleClass().add("file-text");
    text.setEditable(false);
    text.setParagraphGraphicFactory(LineNumberFactory.get(text));
    if (file.kind() == FileKind.C_SOURCE) {
      text.setStyleSpans(0, CHighlighter.spans(file.text()));
    }
    text.moveTo(0);
    text.requestFollowCaret();
    setTop(path);
    setCenter(new VirtualizedScrollPane<>(text));
    file.revealProperty().addListener((o, old, now) -> revealLine(now.line()));
    if (file.revealProperty().get() != null) {
      revealLine(file.revealProperty().get().line());
    }
  }

  /** Scrolls to 1-based {@code line} (clamped), selects it and gives it the highlight band. */
  public void revealLine(int line) {
    int paragraphs = text.getParagraphs().size();
    int index = Math.max(0, Math.min(line - 1, paragraphs - 1));
    if (revealed >= 0 && revealed < paragraphs) {
      text.setParagraphStyle(revealed, List.of());
    }
    text.setParagraphStyle(index, List.of(REVEALED));
    revealed = index;
    // the caret at the line's start, so a long line does not scroll its beginning out of view
    text.selectRange(index, text.getParagraphLength(index), index, 0);
    text.showParagraphAtCenter(index);
  }

  /** The 0-based paragraph last revealed, or -1. */
  public int revealedParagraph() {
    return revealed;
  }

  /** The text area, for tests and keyboard focus. */
  public CodeArea codeArea() {
    return text;
  }
}
