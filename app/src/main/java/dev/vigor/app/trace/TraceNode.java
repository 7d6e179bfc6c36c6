package dev.vigor.app.trace;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.symex.ExecutionTree;

/**
 * One row of the trace tree: a subtree of the execution tree reached by a branch.
 *
 * @param branch "true"/"false" for the way taken from the parent, empty for the root
 * @param subtree the node or leaf this row stands for
 */
public record TraceNode(String branch, ExecutionTree subtree) {
  /** The branch's source location, null for a leaf. */
  public SourceLocation location() {
    return subtree instanceof ExecutionTree.Node n ? n.loc() : null;
  }

  /** The trace id of a leaf, else -1. */
  public int traceId() {
    return subtree instanceof ExecutionTree.Leaf l ? l.traceId() : -1;
  }

  /** What the row says, without the verdict: {@code true: if (x == 3)  bridge.c:40}. */
  public String text() {
    String prefix = branch.isEmpty() ? "" : branch + ": ";
    if (subtree instanceof ExecutionTree.Leaf l) {
      return prefix + "trace " + l.traceId() + " → " + l.verdict();
    }
    ExecutionTree.Node n = (ExecutionTree.Node) subtree;
    return prefix + "if (" + n.condition() + ")";
  }

  /** Whether query (lower case) occurs in the row's text or location. */
  public boolean matches(String query) {
    SourceLocation loc = location();
    String where = loc == null ? "" : loc.file() + ":" + loc.line();
    return (text() + " " + where).toLowerCase(java.util.Locale.ROOT).contains(query);
  }
}
