package dev.vigor.app.files;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/** One open file, read-only, monospace, with line numbers and its full path above it. */
final class FileTextView extends BorderPane {
  FileTextView(OpenFile file) {
    getStyleClass().add("file-view");
    Label path = new Label("read-only  ·  " + file.path());
    path.getStyleClass().add("file-path");
    CodeArea text = new CodeArea(file.text());
    text.getStyleClass().add("file-text");
    text.setEditable(false);
    text.setParagraphGraphicFactory(LineNumberFactory.get(text));
    text.moveTo(0);
    text.requestFollowCaret();
    setTop(path);
    setCenter(new VirtualizedScrollPane<>(text));
  }
}
