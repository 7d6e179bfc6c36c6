package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.SourceLocation;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of one paragraph joined into one string, with a map back from every character to its
 * line and column in the file. Lines are joined with one space, except after a hyphen that ends a
 * word part ("end-to-" + "end"), which RFC tools never add, so the hyphen is kept and no space is.
 */
final class JoinedText {
  private final String file;
  private final String text;
  private final int[] segmentStart;
  private final int[] segmentLine;
  private final int[] segmentColumn;

  private JoinedText(String file, String text, int[] start, int[] line, int[] column) {
    this.file = file;
    this.text = text;
    this.segmentStart = start;
    this.segmentLine = line;
    this.segmentColumn = column;
  }

  static JoinedText of(String file, List<SourceLine> lines) {
    StringBuilder b = new StringBuilder();
    int n = lines.size();
    int[] start = new int[n];
    int[] line = new int[n];
    int[] column = new int[n];
    for (int i = 0; i < n; i++) {
      SourceLine l = lines.get(i);
      int indent = l.indent();
      String content = l.text().substring(indent).stripTrailing();
      if (b.length() > 0 && !continuesWord(b, content)) {
        b.append(' ');
      }
      start[i] = b.length();
      line[i] = l.number();
      column[i] = indent + 1;
      b.append(content);
    }
    return new JoinedText(file, b.toString(), start, line, column);
  }

  private static boolean continuesWord(StringBuilder before, String next) {
    int len = before.length();
    return len >= 2
        && before.charAt(len - 1) == '-'
        && Character.isLetterOrDigit(before.charAt(len - 2))
        && !next.isEmpty()
        && Character.isLetterOrDigit(next.charAt(0));
  }

  String text() {
    return text;
  }

  /** Where character {@code offset} of the joined text stands in the file. */
  SourceLocation at(int offset, int length) {
    int seg = Arrays.binarySearch(segmentStart, offset);
    if (seg < 0) {
      seg = Math.max(0, -seg - 2);
    }
    // Several empty segments may share a start; take the last one at or before the offset.
    while (seg + 1 < segmentStart.length && segmentStart[seg + 1] <= offset) {
      seg++;
    }
    int column = segmentColumn[seg] + Math.max(0, offset - segmentStart[seg]);
    return new SourceLocation(file, segmentLine[seg], column, Math.max(0, length));
  }
}
