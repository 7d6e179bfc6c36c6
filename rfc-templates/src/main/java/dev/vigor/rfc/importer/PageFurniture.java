package dev.vigor.rfc.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the running page headers and footers of a paginated document. A line is furniture when it
 * ends with the IETF footer mark {@code [Page N]}, or when it sits next to a page break (a form feed
 * or such a footer) and the same line, digits aside, sits next to another page break too. Nothing
 * depends on a particular RFC's wording.
 */
final class PageFurniture {
  /** How far from a page break a header or footer may sit, skipping blank lines. */
  private static final int REACH = 4;

  private final boolean[] furniture;
  private final boolean[] pageBreak;
  private final Set<String> headerShapes;

  private PageFurniture(boolean[] furniture, boolean[] pageBreak, Set<String> headerShapes) {
    this.furniture = furniture;
    this.pageBreak = pageBreak;
    this.headerShapes = headerShapes;
  }

  /** Whether line {@code index} (0-based) is a page header or footer. */
  boolean isFurniture(int index) {
    return furniture[index];
  }

  /** Whether a page ends at or on line {@code index}: a form feed or a footer. */
  boolean isPageBreak(int index) {
    return pageBreak[index];
  }

  /** The shapes of the recurring headers, for finding the document number in them. */
  Set<String> headerShapes() {
    return headerShapes;
  }

  static PageFurniture detect(List<SourceLine> lines) {
    int n = lines.size();
    boolean[] furniture = new boolean[n];
    boolean[] pageBreak = new boolean[n];
    Map<String, Integer> shapeCounts = new HashMap<>();
    Set<Integer> candidates = new HashSet<>();
    Set<Integer> headerCandidates = new HashSet<>();
    for (int i = 0; i < n; i++) {
      SourceLine line = lines.get(i);
      boolean footer = isPageFooter(line.text());
      if (footer) {
        furniture[i] = true;
        pageBreak[i] = true;
      }
      if (line.formFeed()) {
        pageBreak[i] = true;
        int before = previousNonBlank(lines, i);
        if (before >= 0 && !lines.get(before).formFeed()) {
          candidates.add(before);
        }
      }
      if (line.formFeed() || footer) {
        // A form feed may stand alone, open the header line, or close the footer line.
        int after = line.formFeed() && !line.isBlank() && !footer ? i : nextNonBlank(lines, i);
        if (after >= 0) {
          candidates.add(after);
          headerCandidates.add(after);
        }
      }
    }
    for (int i : candidates) {
      shapeCounts.merge(shape(lines.get(i).text()), 1, Integer::sum);
    }
    Set<String> recurring = new HashSet<>();
    for (Map.Entry<String, Integer> e : shapeCounts.entrySet()) {
      if (e.getValue() >= 2 && !e.getKey().isEmpty()) {
        recurring.add(e.getKey());
      }
    }
    Set<String> headerShapes = new HashSet<>();
    for (int i : candidates) {
      String text = lines.get(i).text();
      String shape = shape(text);
      // A two-page document has one running header: accept it if laid out in three columns.
      boolean single = headerCandidates.size() == 1 && headerCandidates.contains(i) && isThreePart(text);
      if (recurring.contains(shape) || single) {
        furniture[i] = true;
        if (headerCandidates.contains(i)) {
          headerShapes.add(shape);
        }
      }
    }
    // The last page's footer has no page break after it.
    int last = previousNonBlank(lines, n);
    if (last >= 0 && recurring.contains(shape(lines.get(last).text()))) {
      furniture[last] = true;
      pageBreak[last] = true;
    }
    return new PageFurniture(furniture, pageBreak, Set.copyOf(headerShapes));
  }

  /** Whether the line ends with {@code [Page N]}, the IETF footer mark (RFC 7994). */
  static boolean isPageFooter(String text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || text.charAt(end - 1) != ']') {
      return false;
    }
    int open = text.lastIndexOf('[', end - 1);
    if (open < 0 || end - open > 16) {
      return false;
    }
    String inside = text.substring(open + 1, end - 1).strip();
    if (!inside.regionMatches(true, 0, "page", 0, 4) || inside.length() < 5) {
      return false;
    }
    String number = inside.substring(4).strip();
    if (number.isEmpty() || number.length() > 5) {
      return false;
    }
    for (int i = 0; i < number.length(); i++) {
      if (!Character.isDigit(number.charAt(i))) {
        return false;
      }
    }
    return open > 0 && Character.isWhitespace(text.charAt(open - 1)) || open == 0;
  }

  /** The line with digit runs as {@code 9} and whitespace runs as one space, trimmed. */
  static String shape(String text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), 200));
    String t = text.strip();
    boolean space = false;
    boolean digit = false;
    for (int i = 0; i < t.length() && b.length() < 200; i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!space) {
          b.append(' ');
        }
        space = true;
        digit = false;
      } else if (c >= '0' && c <= '9') {
        if (!digit) {
          b.append('9');
        }
        digit = true;
        space = false;
      } else {
        b.append(c);
        space = false;
        digit = false;
      }
    }
    return b.toString();
  }

  /** Whether the trimmed line has two gaps of three or more spaces (left, centre, right). */
  static boolean isThreePart(String text) {
    String t = text.strip();
    int gaps = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ' ') {
        run++;
      } else {
        if (run >= 3) {
          gaps++;
        }
        run = 0;
      }
    }
    return gaps >= 2;
  }

  private static int previousNonBlank(List<SourceLine> lines, int index) {
    for (int i = index - 1, seen = 0; i >= 0 && seen < REACH; i--, seen++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int nextNonBlank(List<SourceLine> lines, int index) {
    for (int i = index + 1, seen = 0; i < lines.size() && seen < REACH; i++, seen++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
