package dev.vigor.app.cex;

import java.nio.file.Path;
import javafx.scene.control.ListCell;

/** A C step of a trace: the statement, then its file:line. */
final class StepCell extends ListCell<String> {
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
