package dev.vigor.app.workspace;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The questions the workspace tree asks: a property name, and whether to really delete. */
final class WorkspaceDialogs {
  private WorkspaceDialogs() {}

  /** Asks for a property name, showing why a typed name cannot be used; empty when cancelled. */
  static Optional<String> askName(Node owner, String title, String header, String initial) {
    TextInputDialog dialog = new TextInputDialog(initial);
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.setContentText("Name (letters, digits, _):");
    dialog.getEditor().setId("property-name");
    Label problem = new Label();
    problem.getStyleClass().add("dialog-problem");
    problem.setWrapText(true);
    Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    dialog.getEditor().textProperty().addListener((o, old, now) -> {
      Optional<String> why = WorkspaceFolder.nameProblem(now.strip());
      ok.setDisable(why.isPresent());
      problem.setText(why.orElse(""));
    });
    ok.setDisable(WorkspaceFolder.nameProblem(initial).isPresent());
    dialog.getDialogPane().setContent(new VBox(8,
        new HBox(8, new Label("Name:"), dialog.getEditor()), problem));
    own(dialog, owner);
    return dialog.showAndWait().map(String::strip);
  }

  /** Asks whether to delete {@code path}; true only on an explicit Delete. */
  static boolean confirmDelete(Node owner, Path path, boolean folder) {
    ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.WARNING, "", delete, ButtonType.CANCEL);
    alert.setTitle("Delete");
    alert.setHeaderText("Delete " + path.getFileName() + (folder ? " and everything in it?" : "?"));
    alert.setContentText(path + "\n\nThis cannot be undone.");
    own(alert, owner);
    return alert.showAndWait().filter(b -> b == delete).isPresent();
  }

  private static void own(Dialog<?> dialog, Node owner) {
    if (owner.getScene() != null && owner.getScene().getWindow() != null) {
      dialog.initOwner(owner.getScene().getWindow());
    }
  }
}
