package dev.vigor.editor;

import java.util.Locale;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The gutter's verdict column: a ✓, ✗ or ? per line a verification marked, its meaning as tooltip. */
final class VerdictGutter {
  private VerdictGutter() {}

  /** The mark's cell; an empty cell of the same width when {@code mark} is null, so lines align. */
  static Label cell(VerdictMark mark) {
    Label cell = new Label();
    cell.getStyleClass().add("verdict-mark");
    cell.setMinWidth(14);
    cell.setPrefWidth(14);
    if (mark == null) {
      return cell;
    }
    cell.getStyleClass().add("verdict-" + mark.kind().name().toLowerCase(Locale.ROOT));
    cell.setText(switch (mark.kind()) {
      case PROVED -> "✓";
      case VIOLATED -> "✗";
      case UNKNOWN -> "?";
    });
    String tip = mark.tip();
    if (mark.open() != null) {
      tip += "\nClick to open the counterexample.";
      cell.setCursor(Cursor.HAND);
      cell.setOnMouseClicked(e -> {
        mark.open().run();
        e.consume();
      });
    }
    Tooltip tooltip = new Tooltip(tip);
    tooltip.setShowDelay(Duration.millis(200));
    tooltip.setWrapText(true);
    tooltip.setMaxWidth(520);
    cell.setTooltip(tooltip);
    return cell;
  }
}
