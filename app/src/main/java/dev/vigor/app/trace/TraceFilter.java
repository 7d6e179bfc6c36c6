package dev.vigor.app.trace;

import dev.vigor.app.verify.TraceStatus;
import dev.vigor.engine.symex.ExecutionTree;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Keeps the subtrees holding at least one violated or unknown trace. Answers are memoised per
 * subtree, so filtering a tree costs one pass however often items ask.
 */
final class TraceFilter implements Predicate<ExecutionTree> {
  private final IntFunction<TraceStatus> status;
  private final Map<ExecutionTree, Boolean> memo = new IdentityHashMap<>();

  TraceFilter(IntFunction<TraceStatus> status) {
    this.status = status;
  }

  @Override
  public boolean test(ExecutionTree t) {
    Boolean known = memo.get(t);
    if (known != null) {
      return known;
    }
    boolean keep;
    if (t instanceof ExecutionTree.Leaf l) {
      TraceStatus s = status.apply(l.traceId());
      keep = s == TraceStatus.VIOLATED || s == TraceStatus.UNKNOWN;
    } else {
      ExecutionTree.Node n = (ExecutionTree.Node) t;
      keep = (n.whenTrue() != null && test(n.whenTrue()))
          | (n.whenFalse() != null && test(n.whenFalse()));
    }
    memo.put(t, keep);
    return keep;
  }
}
