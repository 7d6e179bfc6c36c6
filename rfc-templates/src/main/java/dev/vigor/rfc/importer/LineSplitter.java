package dev.vigor.rfc.importer;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into lines; accepts LF, CRLF and lone CR endings, marks form feeds. */
final class LineSplitter {
  private LineSplitter() {}

  static List<SourceLine> split(String text) {
    List<SourceLine> lines = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int number = 1;
    int n = text.length();
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(line(number++, text, start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < n) {
      lines.add(line(number, text, start, n));
    }
    return lines;
  }

  private static SourceLine line(int number, String text, int from, int to) {
    String s = text.substring(from, to);
    boolean formFeed = s.indexOf('\f') >= 0;
    return new SourceLine(number, formFeed ? s.replace('\f', ' ') : s, formFeed);
  }
}
