package dev.vigor.app.trace;

import dev.vigor.engine.symex.ExecutionTree;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A trace-tree item that creates its two children the first time they are asked for, so a tree of
 * thousands of traces costs only the rows the user opened. Children failing the filter (a subtree
 * without any trace the user wants to see) are left out.
 */
final class LazyTraceItem extends TreeItem<TraceNode> {
  private final Predicate<ExecutionTree> keep;
  private boolean loaded;

  LazyTraceItem(TraceNode node, Predicate<ExecutionTree> keep) {
    super(node);
    this.keep = keep;
  }

  @Override
  public boolean isLeaf() {
    return getValue().subtree() instanceof ExecutionTree.Leaf;
  }

  @Override
  public ObservableList<TreeItem<TraceNode>> getChildren() {
    if (!loaded) {
      loaded = true;
      if (getValue().subtree() instanceof ExecutionTree.Node n) {
        add("true", n.whenTrue());
        add("false", n.whenFalse());
      }
    }
    return super.getChildren();
  }

  /** Whether the children exist yet (for tests of laziness). */
  boolean childrenLoaded() {
    return loaded;
  }

  private void add(String branch, ExecutionTree sub) {
    if (sub != null && keep.test(sub)) {
      super.getChildren().add(new LazyTraceItem(new TraceNode(branch, sub), keep));
    }
  }
}
