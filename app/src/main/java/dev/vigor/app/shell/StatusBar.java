package dev.vigor.app.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bottom line: what happened last on the left, the version on the right, and a warning when
 * the process calls another Z3 than the bundled one.
 */
final class StatusBar extends HBox {
  StatusBar(MainWindowViewModel viewModel) {
    getStyleClass().add("status-bar");
    Label status = new Label();
    status.setId("status-text");
    status.textProperty().bind(viewModel.statusProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label version = new Label("Vigor " + viewModel.version());
    version.getStyleClass().add("status-version");
    // Which NF every panel shows, and whether a run of it (or of another NF) goes on.
    var state = viewModel.state();
    Label nf = new Label();
    nf.setId("status-nf");
    nf.getStyleClass().add("status-nf");
    nf.textProperty().bind(Bindings.createStringBinding(() -> {
      String selected = state.selectedNfProperty().get() == null ? "no NF selected"
          : "NF: " + state.selectedNfProperty().get().label();
      if (!state.runningProperty().get()) {
        return selected;
      }
      boolean same = state.runNfProperty().get() != null
          && state.runNfProperty().get().equals(state.selectedNfProperty().get());
      return selected + "  ·  verifying" + (same ? "" : " " + state.runNfProperty().get().label())
          + " …";
    }, state.selectedNfProperty(), state.runningProperty(), state.runNfProperty()));
    getChildren().addAll(status, spacer, nf);
    viewModel.solverWarning().ifPresent(w -> {
      Label solver = new Label("⚠ another Z3 is loaded");
      solver.setId("status-solver-warning");
      solver.getStyleClass().add("status-warning");
      solver.setTooltip(new javafx.scene.control.Tooltip(w));
      getChildren().add(solver);
    });
    getChildren().add(version);
  }
}
