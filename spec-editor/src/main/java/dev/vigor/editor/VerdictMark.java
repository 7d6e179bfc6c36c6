package dev.vigor.editor;

import java.util.Objects;

/**
 * What a verification of the editor's text says about one line, shown in the gutter beside the
 * line number: its kind, a tooltip in words, and for a violation what clicking the mark opens
 * (the counterexample); null when there is nothing to open.
 */
public record VerdictMark(Kind kind, String tip, Runnable open) {
  /** The three things a line can be. */
  public enum Kind {
    PROVED, VIOLATED, UNKNOWN
  }

  public VerdictMark {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(tip);
  }
}
