package dev.vigor.app.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** {@link FilePrompts} answered by modal dialogs over the window holding {@code owner}. */
final class DialogPrompts implements FilePrompts {
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
  static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
  static final ButtonType SAVE_COPY = new ButtonType("Save copy", ButtonBar.ButtonData.OK_DONE);

  private final Node owner;

  DialogPrompts(Node owner) {
    this.owner = owner;
  }

  @Override
  public Unsaved unsaved(List<String> titles) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
    alert.setTitle("Unsaved edits");
    alert.setHeaderText(titles.size() == 1 ? titles.get(0) + " has unsaved edits."
        : titles.size() + " files have unsaved edits: " + String.join(", ", titles) + ".");
    alert.setContentText("Save them, discard them, or cancel and keep editing?");
    Optional<ButtonType> answer = show(alert);
    if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
      return Unsaved.CANCEL;
    }
    return answer.get() == SAVE ? Unsaved.SAVE : Unsaved.DISCARD;
  }

  @Override
  public boolean saveCopy(Path template, Path copy) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE_COPY, ButtonType.CANCEL);
    alert.setTitle("Save as");
    alert.setHeaderText(template.getFileName() + " is a catalog template, which stays as it is.");
    alert.setContentText("Save your version in your workspace instead?\n\n" + copy
        + (copy.toFile().exists() ? "\n\n(A file is already there; it will be replaced.)"
            : "\n\n(The NF's folder is copied there the first time, so imports and the C code come along.)"));
    return show(alert).filter(b -> b == SAVE_COPY).isPresent();
  }

  @Override
  public ExistingCopy replaceCopy(Path template, Path copy, boolean openWithEdits) {
    ButtonType replace = new ButtonType("Replace my copy", ButtonBar.ButtonData.OK_DONE);
    ButtonType open = new ButtonType("Open my copy", ButtonBar.ButtonData.OTHER);
    Alert alert = new Alert(Alert.AlertType.WARNING, "", replace, open, ButtonType.CANCEL);
    alert.setTitle("Replace your copy?");
    alert.setHeaderText("Your workspace already has its own " + copy.getFileName()
        + ", with other text.");
    alert.setContentText(copy + "\n\nSaving the catalog's " + template.getFileName()
        + " there replaces your version with this one"
        + (openWithEdits ? ", and drops the unsaved edits of its open tab." : ".")
        + "\n\nOpen my copy shows your version instead, and saves nothing.");
    Optional<ButtonType> answer = show(alert);
    return answer.filter(b -> b == replace).isPresent() ? ExistingCopy.REPLACE
        : answer.filter(b -> b == open).isPresent() ? ExistingCopy.OPEN_COPY : ExistingCopy.CANCEL;
  }

  @Override
  public boolean overwriteChangedOnDisk(Path file) {
    ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.WARNING, "", overwrite, ButtonType.CANCEL);
    alert.setTitle("Overwrite a newer file?");
    alert.setHeaderText(file.getFileName() + " changed on disk since it was opened here.");
    alert.setContentText(file + "\n\nAnother workbench or an editor saved it. Overwrite replaces"
        + " that text with this tab's.\n\nCancel saves nothing: your edits stay in the tab, and the"
        + " file keeps the other text, so you can compare the two first.");
    return show(alert).filter(b -> b == overwrite).isPresent();
  }

  private Optional<ButtonType> show(Alert alert) {
    if (owner.getScene() != null && owner.getScene().getWindow() != null) {
      alert.initOwner(owner.getScene().getWindow());
    }
    return alert.showAndWait();
  }
}
