package dev.vigor.editor;

import dev.vigor.engine.diag.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The editor's gutter: line numbers, a marker with the messages as tooltip on lines with
 * diagnostics, and the verdict a live verification gave the line ({@link VerdictGutter}).
 */
final class DiagnosticGutter {
  private DiagnosticGutter() {}

  /**
   * A paragraph graphic factory for {@code lineNumbers}' area marking {@code byLine} (0-based line
   * → diagnostics on it) and {@code verdicts} (1-based line → mark); build a new one whenever
   * either changes.
   */
  static IntFunction<Node> factory(IntFunction<Node> lineNumbers, Map<Integer, List<Diagnostic>> byLine,
      Map<Integer, VerdictMark> verdicts) {
    return line -> {
      Label marker = new Label();
      marker.getStyleClass().add("diagnostic-marker");
      marker.setMinWidth(12);
      marker.setPrefWidth(12);
      List<Diagnostic> here = byLine.get(line);
      if (here != null && !here.isEmpty()) {
        Diagnostic worst = here.get(0);
        for (Diagnostic d : here) {
          if (d.severity().ordinal() < worst.severity().ordinal()) {
            worst = d;
          }
        }
        marker.getStyleClass().add("marker-" + worst.severity().name().toLowerCase(Locale.ROOT));
        marker.setText(worst.severity() == dev.vigor.engine.diag.Severity.NOTE ? "i" : "!");
        StringBuilder tip = new StringBuilder();
        for (Diagnostic d : here) {
          if (tip.length() > 0) {
            tip.append('\n');
          }
          tip.append(d.severity().word()).append(": ").append(d.message());
        }
        Tooltip tooltip = new Tooltip(tip.toString());
        tooltip.setShowDelay(Duration.millis(200));
        marker.setTooltip(tooltip);
      }
      HBox box = new HBox(lineNumbers.apply(line), marker, VerdictGutter.cell(verdicts.get(line + 1)));
      box.setAlignment(Pos.CENTER_LEFT);
      box.getStyleClass().add("spec-gutter");
      return box;
    };
  }
}
