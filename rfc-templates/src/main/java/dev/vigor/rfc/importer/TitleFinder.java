package dev.vigor.rfc.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the document title on the first page: after the header block (the column-1 lines naming
 * the working group, number, authors and date) come the centred title lines, then the draft name.
 * A document without that layout gets its first non-blank line as title.
 */
final class TitleFinder {
  private static final int MAX_TITLE = 200;

  private TitleFinder() {}

  static String find(List<SourceLine> lines, PageFurniture pages) {
    int limit = Math.min(lines.size(), DocumentIdentity.FRONT_LINES);
    int i = 0;
    while (i < limit && (lines.get(i).isBlank() || pages.isFurniture(i))) {
      i++;
    }
    if (i == limit) {
      return "";
    }
    int blockStart = i;
    while (i < limit && !lines.get(i).isBlank()) {
      i++;
    }
    boolean headerBlock =
        lines.get(blockStart).indent() == 0
            && (i - blockStart >= 2 || lines.get(blockStart).trimmed().contains("   "));
    if (!headerBlock) {
      return clip(lines.get(blockStart).trimmed());
    }
    while (i < limit && lines.get(i).isBlank()) {
      i++;
    }
    List<String> parts = new ArrayList<>();
    while (i < limit && !lines.get(i).isBlank() && lines.get(i).indent() >= 4) {
      String t = lines.get(i).trimmed();
      if (DocumentIdentity.draftName(t).isEmpty()) {
        parts.add(t);
      }
      i++;
    }
    return parts.isEmpty() ? "" : clip(String.join(" ", parts));
  }

  private static String clip(String s) {
    // Clip before normalising: a first "line" may be megabytes long.
    String t = (s.length() > 2 * MAX_TITLE ? s.substring(0, 2 * MAX_TITLE) : s).replaceAll("\\s+", " ");
    return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) + "…" : t;
  }
}
