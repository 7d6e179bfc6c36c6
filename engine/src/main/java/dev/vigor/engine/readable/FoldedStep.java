package dev.vigor.engine.readable;

import java.util.List;

/**
 * One step of the NF's own code ({@code file:line:col: what}), the steps taken inside libVig and
 * packet.h helpers it called folded under it (empty when it called none), and the NF's step that
 * took the call's result at the same place ({@code ip = (a pointer)}; empty when none).
 */
public record FoldedStep(String step, List<String> inner, String result) {
  public FoldedStep {
    inner = List.copyOf(inner);
    result = result == null ? "" : result;
  }

  /** The step as one line: the NF's step, what its call gave, and how many helper steps hide. */
  public String summary() {
    int what = result.indexOf(": ");
    String given = result.isEmpty() ? "" : " → " + (what < 0 ? result : result.substring(what + 2));
    return inner.isEmpty() ? step + given : step + given + "  [" + inner.size() + " helper step"
        + (inner.size() == 1 ? "" : "s") + " folded]";
  }
}
