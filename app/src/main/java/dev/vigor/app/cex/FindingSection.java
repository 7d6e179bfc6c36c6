package dev.vigor.app.cex;

import dev.vigor.app.verify.CheckFinding;
import dev.vigor.app.verify.SourceNavigator;
import dev.vigor.app.verify.TraceStatus;
import dev.vigor.engine.catalog.LibvigIncludeLocator;
import dev.vigor.engine.layers.StackVerification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A failed or undecided check in the Counterexample tab: what fails, in full and wrapped (the
 * Verify panel's list has one line for it), where (a link to the line), the values that make it
 * fail, one per row, and the C steps up to it, each a link. A lower layer's files live in the
 * workbench checkout, not the NF folder, and are opened from there.
 */
final class FindingSection {
  private final VBox content;
  private final SourceNavigator navigator;
  private final Supplier<Path> nfDir;

  FindingSection(VBox content, SourceNavigator navigator, Supplier<Path> nfDir) {
    this.content = content;
    this.navigator = navigator;
    this.nfDir = nfDir;
  }

  void show(CheckFinding f) {
    content.getChildren().clear();
    Label heading = new Label(f.title());
    heading.setId("cex-title");
    heading.setWrapText(true);
    heading.getStyleClass().addAll("cex-title",
        (f.confirmed() ? TraceStatus.VIOLATED : TraceStatus.UNKNOWN).styleClass());
    content.getChildren().add(heading);
    content.getChildren().add(note(f.layer() == null
        ? "A low-level check of the NF's own code: every property fails on the traces through it."
        : "A check of the " + f.layer() + " layer, below the NF: that code is verified on its own,"
            + " between models of the layers next to it, so no property's trace shows it."));

    content.getChildren().add(section("What fails"));
    Label what = new Label(f.message());
    what.setId("cex-finding-message");
    what.setWrapText(true);
    what.setMinHeight(Region.USE_PREF_SIZE);
    what.getStyleClass().add("cex-reason");
    what.setContextMenu(copyMenu(f.summary()));
    content.getChildren().add(what);

    content.getChildren().add(section("Where"));
    Hyperlink where = new Hyperlink(f.loc());
    where.setId("cex-finding-loc");
    SourceRef.parse(f.loc()).ifPresentOrElse(
        ref -> where.setOnAction(e -> navigator.show(resolve(ref), ref.line())),
        () -> where.setDisable(true));
    content.getChildren().add(where);

    if (!f.values().isEmpty()) {
      content.getChildren().add(section(f.layer() == null ? "The input that makes it fail"
          : "Values that make it fail"));
      GridPane values = new GridPane();
      values.setId("cex-finding-values");
      values.setHgap(12);
      values.setVgap(2);
      int row = 0;
      for (Map.Entry<String, String> e : f.values().entrySet()) {
        Label name = new Label(e.getKey());
        name.getStyleClass().add("cex-caption");
        values.add(name, 0, row);
        values.add(new Label(e.getValue()), 1, row++);
      }
      content.getChildren().add(values);
    }

    content.getChildren().add(section("C trace up to it (click a step to see its line)"));
    if (f.cSteps().isEmpty()) {
      content.getChildren().add(note("No C steps were kept for this check."));
    } else {
      ListView<String> steps = new ListView<>();
      steps.setId("cex-finding-steps");
      steps.getItems().setAll(f.cSteps());
      steps.setCellFactory(v -> new StepCell());
      steps.setPrefHeight(Math.min(12, f.cSteps().size()) * 26 + 4);
      steps.getSelectionModel().selectedItemProperty().addListener((o, old, step) ->
          SourceRef.parse(step).ifPresent(ref -> navigator.show(resolve(ref), ref.line())));
      content.getChildren().add(steps);
    }
  }

  /** The file a reference names: in the NF folder, else in the workbench checkout (layers). */
  Path resolve(SourceRef ref) {
    Path nf = nfDir.get();
    if (nf == null) {
      return Path.of(ref.file());
    }
    Path inNf = ref.resolveIn(nf);
    if (Path.of(ref.file()).isAbsolute() || Files.exists(inNf)) {
      return inNf;
    }
    return LibvigIncludeLocator.locate(nf).map(StackVerification::checkout)
        .map(root -> root.resolve(ref.file()).normalize())
        .filter(Files::exists)
        .orElse(inNf);
  }

  private static ContextMenu copyMenu(String text) {
    MenuItem copy = new MenuItem("Copy");
    copy.setOnAction(e -> CounterexampleView.toClipboard(text));
    return new ContextMenu(copy);
  }

  private static Label section(String text) {
    return CounterexampleView.section(text);
  }

  private static Label note(String text) {
    return CounterexampleView.note(text);
  }
}
