package dev.vigor.app.files;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A strip above the files offering edits autosaved by a session that did not save them. */
final class AutosaveBanner extends HBox {
  AutosaveBanner(OpenFilesViewModel viewModel) {
    setId("autosave-banner");
    getStyleClass().add("autosave-banner");
    Label text = new Label();
    text.setWrapText(true);
    text.textProperty().bind(Bindings.createStringBinding(() -> "Unsaved edits from your last session: "
        + viewModel.recoverable().stream().map(a -> OpenFile.titleOf(a.original()))
            .collect(Collectors.joining(", ")) + ".", viewModel.recoverable()));
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    Button restore = new Button("Restore edits");
    restore.setId("restore-autosaves");
    restore.setDefaultButton(false);
    restore.setOnAction(e -> viewModel.restoreAutosaves());
    Button discard = new Button("Discard edits");
    discard.setId("discard-autosaves");
    discard.setOnAction(e -> viewModel.discardAutosaves());
    getChildren().addAll(text, restore, discard);
    visibleProperty().bind(Bindings.isNotEmpty(viewModel.recoverable()));
    managedProperty().bind(visibleProperty());
  }
}
