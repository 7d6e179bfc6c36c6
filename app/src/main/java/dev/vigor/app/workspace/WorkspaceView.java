package dev.vigor.app.workspace;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left-hand tree: each NF of the workspace with its files. Clicking a file opens it. */
public final class WorkspaceView extends VBox {
  private final WorkspaceViewModel viewModel;
  private final TreeView<WorkspaceNode> tree = new TreeView<>(new TreeItem<>());

  /** A tree over the view-model's NFs; openFile is called with the file the user picked. */
  public WorkspaceView(WorkspaceViewModel viewModel, Consumer<Path> openFile) {
    this.viewModel = viewModel;
    getStyleClass().add("workspace");
    Label header = new Label("Catalog");
    header.getStyleClass().add("pane-header");
    header.textProperty().bind(Bindings.when(viewModel.loadingProperty())
        .then("Catalog — loading …").otherwise("Catalog"));

    tree.setId("workspace-tree");
    tree.setShowRoot(false);
    tree.setCellFactory(view -> new WorkspaceCell(openFile));
    tree.setOnKeyPressed(e -> {
      TreeItem<WorkspaceNode> item = tree.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && item != null && item.getValue().kind().isFile()) {
        openFile.accept(item.getValue().path());
      }
    });
    VBox.setVgrow(tree, Priority.ALWAYS);

    // What the selected NF does, without hovering: a newcomer picks an NF by what it is for.
    Label details = new Label();
    details.setId("nf-details");
    details.getStyleClass().add("nf-details");
    details.setWrapText(true);
    details.textProperty().bind(Bindings.createStringBinding(
        () -> describe(tree.getSelectionModel().getSelectedItem()),
        tree.getSelectionModel().selectedItemProperty()));
    details.visibleProperty().bind(details.textProperty().isNotEmpty());
    details.managedProperty().bind(details.visibleProperty());
    getChildren().addAll(header, tree, details);

    viewModel.nfs().addListener((ListChangeListener<WorkspaceNode>) change -> rebuild());
    rebuild();
  }

  /** The tree control, for tests and keyboard focus. */
  public TreeView<WorkspaceNode> tree() {
    return tree;
  }

  private static String describe(TreeItem<WorkspaceNode> item) {
    while (item != null && item.getValue() != null && item.getValue().kind() != NodeKind.NF) {
      item = item.getParent();
    }
    if (item == null || item.getValue() == null) {
      return "";
    }
    return item.getValue().label() + ": " + item.getValue().tooltip();
  }

  // Rebuilding is cheap for a catalog of a few dozen NFs; keep what the user had expanded.
  private void rebuild() {
    Set<Path> expanded = new HashSet<>();
    collectExpanded(tree.getRoot(), expanded);
    tree.getRoot().getChildren().clear();
    for (WorkspaceNode nf : viewModel.nfs()) {
      tree.getRoot().getChildren().add(toItem(nf, expanded));
    }
  }

  private static TreeItem<WorkspaceNode> toItem(WorkspaceNode node, Set<Path> expanded) {
    TreeItem<WorkspaceNode> item = new TreeItem<>(node);
    for (WorkspaceNode child : node.children()) {
      item.getChildren().add(toItem(child, expanded));
    }
    item.setExpanded(expanded.contains(node.path()));
    return item;
  }

  private static void collectExpanded(TreeItem<WorkspaceNode> item, Set<Path> into) {
    for (TreeItem<WorkspaceNode> child : item.getChildren()) {
      if (child.isExpanded()) {
        into.add(child.getValue().path());
      }
      collectExpanded(child, into);
    }
  }
}
