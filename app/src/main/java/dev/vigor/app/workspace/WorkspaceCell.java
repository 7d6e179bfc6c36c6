package dev.vigor.app.workspace;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;

/** One row of the workspace tree: a kind badge, the name, a tooltip; a click on a file opens it. */
final class WorkspaceCell extends TreeCell<WorkspaceNode> {
  private final Label badge = new Label();
  private final Tooltip tooltip = new Tooltip();

  /** Whether an NF folder was opened on its own rather than found in the catalog. */
  private final java.util.function.Predicate<Path> openedOnItsOwn;

  WorkspaceCell(Consumer<Path> openFile, java.util.function.Predicate<Path> openedOnItsOwn) {
    this.openedOnItsOwn = openedOnItsOwn;
    badge.getStyleClass().add("badge");
    tooltip.setShowDelay(Duration.millis(300));
    setOnMouseClicked(e -> {
      WorkspaceNode node = getItem();
      if (e.getButton() == MouseButton.PRIMARY && node != null && node.kind().isFile()) {
        openFile.accept(node.path());
      }
    });
  }

  @Override
  protected void updateItem(WorkspaceNode node, boolean empty) {
    super.updateItem(node, empty);
    for (NodeKind kind : NodeKind.values()) {
      getStyleClass().remove(kind.styleClass());
    }
    if (empty || node == null) {
      setText(null);
      setGraphic(null);
      setTooltip(null);
      return;
    }
    getStyleClass().add(node.kind().styleClass());
    badge.setText(node.kind().badge());
    setGraphic(badge);
    boolean opened = node.kind() == NodeKind.NF && openedOnItsOwn.test(node.path());
    setText(opened ? node.label() + " (opened)" : node.label());
    tooltip.setText(opened ? "Opened from " + node.path() + " — saved in place\n" + node.tooltip()
        : node.tooltip());
    setTooltip(tooltip);
  }
}
