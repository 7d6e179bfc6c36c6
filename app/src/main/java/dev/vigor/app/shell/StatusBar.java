package dev.vigor.app.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: what happened last on the left, the version on the right. */
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
    getChildren().addAll(status, spacer, version);
  }
}
