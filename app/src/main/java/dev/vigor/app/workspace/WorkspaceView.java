package dev.vigor.app.workspace;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The left-hand side: the catalog's NFs (read-only templates) and, below, the user's workspace
 * with their own copies and properties. Clicking a file opens it; right-click offers New property
 * (on any NF), and Rename and Delete (in the workspace).
 */
public final class WorkspaceView extends VBox {
  private final WorkspaceViewModel viewModel;
  private final TreeView<WorkspaceNode> tree = new TreeView<>(new TreeItem<>());
  private final TreeView<WorkspaceNode> userTree = new TreeView<>(new TreeItem<>());
  private Path revealed;

  /** Trees over the view-model's NFs; openFile is called with the file the user picked. */
  public WorkspaceView(WorkspaceViewModel viewModel, Consumer<Path> openFile) {
    this.viewModel = viewModel;
    getStyleClass().add("workspace");
    Label header = new Label("Catalog");
    header.getStyleClass().add("pane-header");
    header.textProperty().bind(Bindings.when(viewModel.loadingProperty())
        .then("Catalog — loading …").otherwise("Catalog  ·  templates"));
    header.setTooltip(new Tooltip("The NFs that come with Vigor. Edit freely; saving stores your"
        + " version under My workspace. NFs marked (opened) are folders you opened on their own;"
        + " their files are saved in place."));

    tree.setId("workspace-tree");
    setUp(tree, openFile, false);
    userTree.setId("user-workspace-tree");
    setUp(userTree, openFile, true);
    Label placeholder = new Label("Empty. Save a catalog file, or right-click an NF ▸ New property…");
    placeholder.setWrapText(true);
    placeholder.getStyleClass().add("tree-placeholder");
    Label userHeader = new Label("My workspace");
    userHeader.getStyleClass().add("pane-header");
    userHeader.setId("user-workspace-header");
    userHeader.setTooltip(new Tooltip(viewModel.userFolder().root().toString()));
    userHeader.setText("My workspace  ·  " + viewModel.userFolder().root().getFileName());
    VBox.setVgrow(tree, Priority.ALWAYS);
    VBox.setVgrow(userTree, Priority.ALWAYS);
    placeholder.visibleProperty().bind(Bindings.isEmpty(viewModel.userNfs()));
    placeholder.managedProperty().bind(placeholder.visibleProperty());
    userTree.visibleProperty().bind(placeholder.visibleProperty().not());
    userTree.managedProperty().bind(userTree.visibleProperty());

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
    getChildren().addAll(header, tree, details, userHeader, placeholder, userTree);

    viewModel.nfs().addListener((ListChangeListener<WorkspaceNode>) change -> {
      rebuild(tree, viewModel.nfs());
      revealAgain();
    });
    viewModel.userNfs().addListener((ListChangeListener<WorkspaceNode>) change -> {
      rebuild(userTree, viewModel.userNfs());
      revealAgain();
    });
    rebuild(tree, viewModel.nfs());
    rebuild(userTree, viewModel.userNfs());
  }

  /** The catalog tree, for tests and keyboard focus. */
  public TreeView<WorkspaceNode> tree() {
    return tree;
  }

  /** The user's workspace tree. */
  public TreeView<WorkspaceNode> userTree() {
    return userTree;
  }

  /** Asks for a name and creates a property in the NF at {@code nfDir} (File ▸ New property…). */
  public void newPropertyIn(Path nfDir) {
    WorkspaceDialogs.askName(this, "New property",
        "A new property of " + nfDir.getFileName() + ", saved in your workspace", "")
        .ifPresent(name -> viewModel.newProperty(nfDir, name));
  }

  /**
   * Selects the entry for {@code path} (an NF folder or a file) in whichever tree lists it,
   * expanding its parents and clearing the other tree, so one selection shows across both. A
   * selection already at or below the entry is kept (the file clicked inside the NF selected).
   * Remembered, so the entry is selected again after the trees are rebuilt.
   */
  public void reveal(Path path) {
    revealed = path.toAbsolutePath().normalize();
    for (TreeView<WorkspaceNode> t : List.of(userTree, tree)) {
      TreeItem<WorkspaceNode> found = find(t.getRoot(), revealed);
      if (found == null) {
        continue;
      }
      TreeView<WorkspaceNode> other = t == tree ? userTree : tree;
      other.getSelectionModel().clearSelection();
      TreeItem<WorkspaceNode> selected = t.getSelectionModel().getSelectedItem();
      if (isAtOrBelow(selected, found)) {
        return;
      }
      for (TreeItem<WorkspaceNode> p = found.getParent(); p != null; p = p.getParent()) {
        p.setExpanded(true);
      }
      t.getSelectionModel().select(found);
      int row = t.getRow(found);
      if (row >= 0) {
        t.scrollTo(Math.max(0, row - 2));
      }
      return;
    }
  }

  private static TreeItem<WorkspaceNode> find(TreeItem<WorkspaceNode> item, Path path) {
    if (item.getValue() != null && item.getValue().path().toAbsolutePath().normalize().equals(path)) {
      return item;
    }
    for (TreeItem<WorkspaceNode> child : item.getChildren()) {
      TreeItem<WorkspaceNode> found = find(child, path);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean isAtOrBelow(TreeItem<WorkspaceNode> item, TreeItem<WorkspaceNode> ancestor) {
    for (TreeItem<WorkspaceNode> i = item; i != null; i = i.getParent()) {
      if (i == ancestor) {
        return true;
      }
    }
    return false;
  }

  // A rebuild makes new items: select again what was revealed (a file just created shows selected).
  private void revealAgain() {
    if (revealed != null) {
      reveal(revealed);
    }
  }

  private void setUp(TreeView<WorkspaceNode> view, Consumer<Path> openFile, boolean user) {
    view.setShowRoot(false);
    // an NF opened from a folder of its own is listed with the catalog's, marked as such
    view.setCellFactory(v -> new WorkspaceCell(openFile,
        user ? nf -> false : viewModel::openedOnItsOwn));
    view.setOnKeyPressed(e -> {
      TreeItem<WorkspaceNode> item = view.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && item != null && item.getValue().kind().isFile()) {
        openFile.accept(item.getValue().path());
      }
    });
    // Shown on the platform's context-menu gesture and, where a platform sends none (headless
    // Monocle), on a right click; filled for the row under it each time.
    ContextMenu menu = new ContextMenu();
    view.setOnContextMenuRequested(e -> {
      showMenu(menu, view, user, e.getScreenX(), e.getScreenY());
      e.consume();
    });
    view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getButton() == MouseButton.SECONDARY) {
        showMenu(menu, view, user, e.getScreenX(), e.getScreenY());
      }
    });
  }

  private void showMenu(ContextMenu menu, TreeView<WorkspaceNode> view, boolean user, double x, double y) {
    if (menu.isShowing()) {
      return;
    }
    fillMenu(menu, view.getSelectionModel().getSelectedItem(), user);
    menu.show(view, x, y);
  }

  private void fillMenu(ContextMenu menu, TreeItem<WorkspaceNode> item, boolean user) {
    menu.getItems().clear();
    TreeItem<WorkspaceNode> nf = nfOf(item);
    if (nf != null) {
      MenuItem create = new MenuItem("New property…");
      create.setId("context-new-property");
      create.setOnAction(e -> newPropertyIn(nf.getValue().path()));
      menu.getItems().add(create);
    }
    if (user && item != null && item.getValue() != null) {
      WorkspaceNode node = item.getValue();
      if (node.kind() == NodeKind.PROPERTY) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setId("context-rename");
        String current = node.label().replaceFirst("\\.py$", "");
        rename.setOnAction(e -> WorkspaceDialogs.askName(this, "Rename", "Rename " + node.label(), current)
            .filter(name -> !name.equals(current))
            .ifPresent(name -> viewModel.rename(node.path(), name)));
        menu.getItems().add(rename);
      }
      if (node.kind() == NodeKind.PROPERTY || node.kind() == NodeKind.SPEC
          || node.kind() == NodeKind.INIT || node.kind() == NodeKind.NF) {
        MenuItem delete = new MenuItem("Delete…");
        delete.setId("context-delete");
        delete.setOnAction(e -> {
          if (WorkspaceDialogs.confirmDelete(this, node.path(), node.kind() == NodeKind.NF)) {
            viewModel.delete(node.path());
          }
        });
        menu.getItems().add(delete);
      }
    }
    if (menu.getItems().isEmpty()) {
      MenuItem none = new MenuItem(user ? "Select an NF or property first" : "Select an NF first");
      none.setDisable(true);
      menu.getItems().add(none);
    }
  }

  private static TreeItem<WorkspaceNode> nfOf(TreeItem<WorkspaceNode> item) {
    while (item != null && item.getValue() != null && item.getValue().kind() != NodeKind.NF) {
      item = item.getParent();
    }
    return item == null || item.getValue() == null ? null : item;
  }

  private static String describe(TreeItem<WorkspaceNode> item) {
    TreeItem<WorkspaceNode> nf = nfOf(item);
    return nf == null ? "" : nf.getValue().label() + ": " + nf.getValue().tooltip();
  }

  // Rebuilding is cheap for a catalog of a few dozen NFs; keep what the user had expanded.
  private static void rebuild(TreeView<WorkspaceNode> view, ObservableList<WorkspaceNode> nfs) {
    Set<Path> expanded = new HashSet<>();
    collectExpanded(view.getRoot(), expanded);
    view.getRoot().getChildren().clear();
    for (WorkspaceNode nf : nfs) {
      view.getRoot().getChildren().add(toItem(nf, expanded));
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
