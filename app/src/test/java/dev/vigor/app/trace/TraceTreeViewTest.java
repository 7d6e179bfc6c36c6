package dev.vigor.app.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.verify.TraceStatus;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.symex.ExecutionTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A synthetic tree of 2,048 traces: lazy items, filter, search, expand all, navigation. */
class TraceTreeViewTest {
  private static final int DEPTH = 11; // 2^11 = 2,048 leaves
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  /** A balanced tree; leaf i is violated when i % 500 == 7, unknown when i % 700 == 3. */
  static ExecutionTree balanced(int depth, AtomicInteger next) {
    if (depth == 0) {
      return new ExecutionTree.Leaf(next.getAndIncrement(), "device 0");
    }
    ExecutionTree t = balanced(depth - 1, next);
    ExecutionTree f = balanced(depth - 1, next);
    return new ExecutionTree.Node("x" + depth + " == " + next.get(),
        SourceLocation.of("nf.c", 10 + depth, 3), t, f);
  }

  @org.junit.jupiter.api.AfterEach
  void closeStages() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void twoThousandLeavesStayLazyFilterAndSearch() throws Exception {
    ExecutionTree tree = balanced(DEPTH, new AtomicInteger());
    ObservableMap<Integer, TraceStatus> status = FXCollections.observableHashMap();
    for (int i = 0; i < 1 << DEPTH; i++) {
      status.put(i, i % 500 == 7 ? TraceStatus.VIOLATED : i % 700 == 3 ? TraceStatus.UNKNOWN
          : TraceStatus.PROVED);
    }
    List<String> shown = new ArrayList<>();
    List<Integer> traces = new ArrayList<>();
    TraceTreeView[] view = new TraceTreeView[1];
    robot.interact(() -> {
      view[0] = new TraceTreeView(new SimpleObjectProperty<>(tree), status,
          loc -> Path.of("/nf").resolve(loc.file()), (f, line) -> shown.add(f + ":" + line),
          traces::add);
      Stage stage = new Stage();
      stage.setScene(new Scene(view[0], 700, 500));
      stage.show();
    });
    var tv = view[0].treeView();
    LazyTraceItem root = (LazyTraceItem) tv.getRoot();
    LazyTraceItem first = (LazyTraceItem) root.getChildren().get(0);
    assertFalse(first.childrenLoaded(), "grandchildren are created only when opened");

    long t0 = System.nanoTime();
    robot.interact(() -> view[0].expandAll(true));
    WaitForAsyncUtils.waitForFxEvents();
    long expandMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals((1 << (DEPTH + 1)) - 1, tv.getExpandedItemCount(), "every node and leaf visible");
    System.out.println("[trace tree] expanding all " + (1 << DEPTH) + " leaves took " + expandMs + " ms");

    // Only violated/unknown: the leaves 7, 507, 1007, 1507, 2007 and 3, 703, 1403.
    robot.clickOn("#trace-tree-filter");
    robot.clickOn("#trace-tree-expand");
    List<Integer> leaves = new ArrayList<>();
    collectLeaves(tv.getRoot(), leaves);
    assertEquals(List.of(3, 7, 507, 703, 1007, 1403, 1507, 2007),
        leaves.stream().sorted().toList());

    // Search opens the way to a match; selecting a branch shows its line, a leaf its trace.
    robot.clickOn("#trace-tree-filter");
    robot.clickOn("#trace-tree-search").write("trace 1403").type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    TreeItem<TraceNode> selected = tv.getSelectionModel().getSelectedItem();
    assertNotNull(selected);
    assertEquals(1403, selected.getValue().traceId());
    assertEquals(List.of(1403), traces);
    robot.interact(() -> tv.getSelectionModel().select(tv.getRoot()));
    assertEquals(List.of("/nf/nf.c:" + (10 + DEPTH)), shown);
  }

  @Test
  void noViolationsMeansAnEmptyFilteredTree() throws Exception {
    ExecutionTree tree = balanced(3, new AtomicInteger());
    ObservableMap<Integer, TraceStatus> status = FXCollections.observableHashMap();
    TraceTreeView[] view = new TraceTreeView[1];
    robot.interact(() -> {
      view[0] = new TraceTreeView(new SimpleObjectProperty<>(tree), status, loc -> Path.of(loc.file()),
          (f, l) -> {}, id -> {});
      Stage stage = new Stage();
      stage.setScene(new Scene(view[0], 400, 300));
      stage.show();
    });
    robot.clickOn("#trace-tree-filter");
    assertNull(view[0].treeView().getRoot());
    robot.clickOn("#trace-tree-filter");
    assertTrue(view[0].treeView().getRoot() != null);
  }

  private static void collectLeaves(TreeItem<TraceNode> item, List<Integer> out) {
    if (item.getValue().traceId() >= 0) {
      out.add(item.getValue().traceId());
    }
    if (!item.isLeaf()) {
      item.getChildren().forEach(c -> collectLeaves(c, out));
    }
  }
}
