package dev.vigor.app.trace;

import dev.vigor.app.verify.SourceNavigator;
import dev.vigor.app.verify.TraceStatus;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.symex.ExecutionTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The execution tree of a run: each branch where both ways were feasible, with its C condition
 * and line, down to one leaf per trace coloured by its verdict. Filter to violated/unknown traces,
 * search, expand or collapse everything; selecting a row shows its line in the C viewer, and a
 * leaf also selects its trace (for the counterexample inspector).
 */
public final class TraceTreeView extends BorderPane {
  private final ObservableValue<ExecutionTree> tree;
  private final ObservableMap<Integer, TraceStatus> status;
  private final TreeView<TraceNode> view = new TreeView<>();
  private final CheckBox onlyProblems = new CheckBox("Only violated / unknown");
  private final TextField search = new TextField();
  private final Label note = new Label();
  private boolean refreshPending;

  /**
   * A view of tree, coloured from status; resolve turns an engine location's file into a path;
   * onTrace hears the trace id of a selected leaf.
   */
  public TraceTreeView(ObservableValue<ExecutionTree> tree, ObservableMap<Integer, TraceStatus> status,
      Function<SourceLocation, Path> resolve, SourceNavigator navigator, IntConsumer onTrace) {
    this.tree = tree;
    this.status = status;
    getStyleClass().add("trace-tree");
    view.setId("trace-tree");
    view.setShowRoot(true);
    view.setCellFactory(v -> new Cell());
    view.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
      if (item == null) {
        return;
      }
      TraceNode n = item.getValue();
      if (n.location() != null) {
        navigator.show(resolve.apply(n.location()), n.location().line());
      } else if (n.traceId() >= 0) {
        onTrace.accept(n.traceId());
      }
    });

    onlyProblems.setId("trace-tree-filter");
    onlyProblems.setOnAction(e -> rebuild());
    search.setId("trace-tree-search");
    search.setPromptText("Search conditions, files, traces (Enter: next)");
    search.setOnAction(e -> findNext(search.getText()));
    HBox.setHgrow(search, Priority.ALWAYS);
    Button expand = new Button("Expand all");
    expand.setId("trace-tree-expand");
    expand.setOnAction(e -> expandAll(true));
    Button collapse = new Button("Collapse all");
    collapse.setOnAction(e -> expandAll(false));
    HBox searchRow = new HBox(search);
    searchRow.setPadding(new Insets(6, 6, 0, 6));
    HBox bar = new HBox(6, onlyProblems, expand, collapse);
    bar.setPadding(new Insets(6));
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    note.getStyleClass().add("pane-note");
    note.setWrapText(true);
    note.setPadding(new Insets(0, 6, 4, 6));
    Region top = new javafx.scene.layout.VBox(searchRow, bar, note);
    setTop(top);
    setCenter(view);

    tree.addListener((o, old, now) -> rebuild());
    // A run reports traces one by one: repaint once per batch, not once per trace.
    status.addListener((MapChangeListener<Integer, TraceStatus>) c -> scheduleRefresh());
    rebuild();
  }

  /** The tree control, for tests. */
  public TreeView<TraceNode> treeView() {
    return view;
  }

  private void rebuild() {
    ExecutionTree t = tree.getValue();
    if (t == null) {
      view.setRoot(null);
      note.setText("Run a verification to see its execution tree: one branch per C condition"
          + " both ways feasible, one leaf per trace.");
      return;
    }
    Predicate<ExecutionTree> keep = onlyProblems.isSelected()
        ? new TraceFilter(id -> status.get(id)) : x -> true;
    if (!keep.test(t)) {
      view.setRoot(null);
      note.setText("No violated or unknown trace.");
      return;
    }
    note.setText("Click a branch to see its line in the C source; click a trace to inspect it.");
    LazyTraceItem root = new LazyTraceItem(new TraceNode("", t), keep);
    root.setExpanded(true);
    view.setRoot(root);
  }

  private void scheduleRefresh() {
    if (refreshPending) {
      return;
    }
    refreshPending = true;
    Platform.runLater(() -> {
      refreshPending = false;
      if (onlyProblems.isSelected()) {
        rebuild();
      } else {
        view.refresh();
      }
    });
  }

  /**
   * Expands or collapses every row. The root is detached meanwhile: an attached tree recounts
   * its rows on every single expansion, which for thousands of rows takes seconds.
   */
  void expandAll(boolean expanded) {
    TreeItem<TraceNode> root = view.getRoot();
    view.setRoot(null);
    setExpandedAll(root, expanded);
    if (root != null) {
      root.setExpanded(true);
    }
    view.setRoot(root);
  }

  /** Expands or collapses item and everything under it. */
  static void setExpandedAll(TreeItem<TraceNode> item, boolean expanded) {
    if (item == null) {
      return;
    }
    List<TreeItem<TraceNode>> work = new ArrayList<>(List.of(item));
    while (!work.isEmpty()) {
      TreeItem<TraceNode> i = work.remove(work.size() - 1);
      if (!i.isLeaf()) {
        if (expanded || ((LazyTraceItem) i).childrenLoaded()) {
          i.setExpanded(expanded);
          work.addAll(i.getChildren());
        }
      }
    }
  }

  /** Selects the next row after the selection whose text matches query, opening its ancestors. */
  void findNext(String query) {
    String q = query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty() || view.getRoot() == null) {
      return;
    }
    List<TreeItem<TraceNode>> order = new ArrayList<>();
    collectPreorder(view.getRoot(), order);
    int from = order.indexOf(view.getSelectionModel().getSelectedItem());
    for (int k = 1; k <= order.size(); k++) {
      TreeItem<TraceNode> i = order.get((from + k + order.size()) % order.size());
      if (i.getValue().matches(q)) {
        for (TreeItem<TraceNode> p = i.getParent(); p != null; p = p.getParent()) {
          p.setExpanded(true);
        }
        view.getSelectionModel().select(i);
        view.scrollTo(view.getRow(i));
        note.setText("Found: " + i.getValue().text());
        return;
      }
    }
    note.setText("Nothing matches \"" + query.strip() + "\".");
  }

  // Search must reach rows not opened yet, so this creates the items it walks (once).
  private static void collectPreorder(TreeItem<TraceNode> item, List<TreeItem<TraceNode>> out) {
    List<TreeItem<TraceNode>> work = new ArrayList<>(List.of(item));
    while (!work.isEmpty()) {
      TreeItem<TraceNode> i = work.remove(work.size() - 1);
      out.add(i);
      List<TreeItem<TraceNode>> kids = i.isLeaf() ? List.of() : i.getChildren();
      for (int k = kids.size() - 1; k >= 0; k--) {
        work.add(kids.get(k));
      }
    }
  }

  /** A row: the text, the location in grey, leaves tinted by status. */
  private final class Cell extends TreeCell<TraceNode> {
    @Override
    protected void updateItem(TraceNode n, boolean empty) {
      super.updateItem(n, empty);
      getStyleClass().removeIf(c -> c.startsWith("status-"));
      if (empty || n == null) {
        setText(null);
        setGraphic(null);
        setTooltip(null);
        return;
      }
      SourceLocation loc = n.location();
      if (n.traceId() >= 0) {
        TraceStatus s = status.getOrDefault(n.traceId(), TraceStatus.QUEUED);
        getStyleClass().add(s.styleClass());
        setText(n.text() + " — " + s.label());
      } else {
        setText(n.text() + "   " + Path.of(loc.file()).getFileName() + ":" + loc.line());
      }
      setTooltip(new Tooltip(loc == null ? "Trace " + n.traceId() + ": click to inspect"
          : loc + " — click to show the line"));
    }
  }
}
