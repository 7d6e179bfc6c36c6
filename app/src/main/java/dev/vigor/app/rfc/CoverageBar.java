package dev.vigor.app.rfc;

import dev.vigor.rfc.trace.LevelTotals;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Coverage of the RFC per tracked level (wrapping onto a second line in a narrow view): a bar of requirements linked to a property, with the
 * proved part drawn over it, and the counts in words.
 */
final class CoverageBar extends FlowPane {
  CoverageBar() {
    super(14, 4);
    setId("rfc-coverage");
    getStyleClass().add("rfc-coverage");
    show(false, List.of());
  }

  /** Shows the totals; none yet says why. */
  void show(boolean imported, List<LevelTotals> totals) {
    getChildren().clear();
    Label title = new Label("Coverage");
    title.getStyleClass().add("rfc-coverage-title");
    getChildren().add(title);
    if (totals.isEmpty()) {
      Label none = new Label(!imported ? "import an RFC and choose an NF" : "reading the NF's properties …");
      none.getStyleClass().add("rfc-muted");
      getChildren().add(none);
      return;
    }
    for (LevelTotals t : totals) {
      getChildren().add(level(t));
    }
  }

  private static HBox level(LevelTotals t) {
    double linked = t.total() == 0 ? 0 : (double) t.covered() / t.total();
    double proved = t.total() == 0 ? 0 : (double) t.proved() / t.total();
    ProgressBar linkedBar = new ProgressBar(linked);
    linkedBar.getStyleClass().add("rfc-linked-bar");
    ProgressBar provedBar = new ProgressBar(proved);
    provedBar.getStyleClass().add("rfc-proved-bar");
    StackPane bars = new StackPane(linkedBar, provedBar);
    bars.setPrefWidth(90);
    linkedBar.setMaxWidth(Double.MAX_VALUE);
    provedBar.setMaxWidth(Double.MAX_VALUE);
    Label name = new Label(t.level().name());
    name.getStyleClass().addAll("rfc-level-chip", LevelStyle.of(t.level()));
    Label counts = new Label(t.covered() + "/" + t.total() + " linked, " + t.proved() + " proved");
    counts.setId("rfc-coverage-" + t.level().name().toLowerCase(java.util.Locale.ROOT));
    HBox box = new HBox(6, name, bars, counts);
    box.getStyleClass().add("rfc-coverage-level");
    Tooltip.install(box, new Tooltip(t.level().name() + "-family requirements of the RFC: " + t.total()
        + "; named by a # covers: line: " + t.covered() + "; all their properties proved in the last run: "
        + t.proved()));
    box.setMinWidth(Region.USE_PREF_SIZE);
    return box;
  }
}
