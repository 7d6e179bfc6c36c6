package dev.vigor.editor;

import dev.vigor.engine.diag.SourceLocation;

/** Converts between 1-based line/column positions and character offsets in a text. */
public final class TextPositions {
  private final String text;
  private final int[] lineStarts;

  /** Positions in {@code text} (lines end at {@code \n}). */
  public TextPositions(String text) {
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /** The number of lines. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The offset of 1-based {@code line}, {@code column}, clamped into the text and its line. */
  public int offset(int line, int column) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    int start = lineStarts[l - 1];
    return Math.min(start + Math.max(0, column - 1), lineEnd(l));
  }

  /** The offset of the end of 1-based {@code line} (before its newline). */
  public int lineEnd(int line) {
    return line < lineStarts.length ? lineStarts[line] - 1 : text.length();
  }

  /**
   * The {@code [start, end)} range a diagnostic underlines: its length from its column, kept on its
   * line; a zero-length location (or one at the end of a line) underlines one visible character.
   */
  public int[] range(SourceLocation at) {
    int line = Math.max(1, Math.min(at.line(), lineStarts.length));
    int lineStart = lineStarts[line - 1];
    int lineEnd = lineEnd(line);
    int start = offset(line, at.column());
    int end = Math.min(start + at.length(), lineEnd);
    if (end <= start) {
      if (start < lineEnd) {
        end = start + 1;
      } else if (start > lineStart) {
        start = start - 1;
        end = lineEnd;
      } else {
        end = start;
      }
    }
    return new int[] {start, end};
  }
}
