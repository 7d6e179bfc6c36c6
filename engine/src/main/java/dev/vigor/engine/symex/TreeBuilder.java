package dev.vigor.engine.symex;

import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/** Builds the {@link ExecutionTree} from each trace's forked decisions (paths share prefixes). */
final class TreeBuilder {
  private TreeBuilder() {}

  private static final class Mutable {
    String condition;
    SourceLocation loc;
    Mutable whenTrue;
    Mutable whenFalse;
    Trace leaf;
  }

  static ExecutionTree build(List<Trace> traces, List<List<PathRun.Choice>> choices) {
    Mutable root = new Mutable();
    for (int t = 0; t < traces.size(); t++) {
      Mutable at = root;
      for (PathRun.Choice c : choices.get(t)) {
        if (!c.forked()) {
          continue;
        }
        if (at.condition == null) {
          at.condition = c.condition();
          at.loc = c.loc();
        }
        if (c.taken()) {
          at = at.whenTrue == null ? (at.whenTrue = new Mutable()) : at.whenTrue;
        } else {
          at = at.whenFalse == null ? (at.whenFalse = new Mutable()) : at.whenFalse;
        }
      }
      at.leaf = traces.get(t);
    }
    return freeze(root);
  }

  private static ExecutionTree freeze(Mutable m) {
    if (m == null) {
      return null;
    }
    if (m.condition == null) {
      return m.leaf == null ? new ExecutionTree.Leaf(-1, "no feasible path")
          : new ExecutionTree.Leaf(m.leaf.id(), m.leaf.verdictText());
    }
    return new ExecutionTree.Node(m.condition, m.loc, freeze(m.whenTrue), freeze(m.whenFalse));
  }
}
