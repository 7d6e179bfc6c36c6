package dev.vigor.rfc.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The document's lines with page furniture removed, as a flow of content lines and paragraph
 * breaks ({@code null}). Blank runs collapse into one break. Across a page break, the text before
 * and after is rejoined into one paragraph when it reads as a continuation: both lines indented
 * like body text and the first not ending a sentence, or the second starting in lower case.
 */
final class TextFlow {
  private TextFlow() {}

  static List<SourceLine> of(List<SourceLine> lines, PageFurniture pages) {
    List<SourceLine> flow = new ArrayList<>(lines.size());
    SourceLine last = null;
    boolean blank = false;
    boolean crossedPage = false;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (pages.isPageBreak(i)) {
        crossedPage = true;
      }
      if (pages.isFurniture(i)) {
        continue;
      }
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      if (last != null) {
        boolean join = crossedPage ? continues(last, line) : !blank;
        if (!join) {
          flow.add(null);
        }
      }
      flow.add(line);
      last = line;
      blank = false;
      crossedPage = false;
    }
    return flow;
  }

  private static boolean continues(SourceLine before, SourceLine after) {
    if (before.indent() == 0 || after.indent() == 0 || ListMarker.startsItem(after)) {
      return false;
    }
    String end = before.trimmed();
    char last = end.charAt(end.length() - 1);
    boolean sentenceEnded = last == '.' || last == ':' || last == '!' || last == '?';
    String start = after.trimmed();
    return !sentenceEnded || Character.isLowerCase(start.charAt(0));
  }
}
