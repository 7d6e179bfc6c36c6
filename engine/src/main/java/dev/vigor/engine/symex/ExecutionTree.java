package dev.vigor.engine.symex;

import dev.vigor.engine.diag.SourceLocation;

/**
 * The branch structure of the explored paths: a node per branch where both ways were feasible
 * (its condition in C syntax and where it is), a leaf per trace.
 */
public sealed interface ExecutionTree {
  /** Both ways feasible; whenFalse/whenTrue may be null only while the tree is being built. */
  record Node(String condition, SourceLocation loc, ExecutionTree whenTrue, ExecutionTree whenFalse)
      implements ExecutionTree {}

  /** The end of a path. */
  record Leaf(int traceId, String verdict) implements ExecutionTree {}

  /** Indented text: one line per node and leaf. */
  default String render() {
    StringBuilder s = new StringBuilder();
    render(this, "", s);
    return s.toString();
  }

  private static void render(ExecutionTree t, String indent, StringBuilder s) {
    if (t instanceof Leaf l) {
      s.append(indent).append("-> trace ").append(l.traceId()).append(": ").append(l.verdict()).append('\n');
      return;
    }
    Node n = (Node) t;
    s.append(indent).append("if (").append(n.condition()).append(")  [").append(n.loc()).append("]\n");
    if (n.whenTrue() != null) {
      s.append(indent).append("  true:\n");
      render(n.whenTrue(), indent + "    ", s);
    }
    if (n.whenFalse() != null) {
      s.append(indent).append("  false:\n");
      render(n.whenFalse(), indent + "    ", s);
    }
  }
}
