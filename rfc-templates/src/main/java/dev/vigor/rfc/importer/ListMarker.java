package dev.vigor.rfc.importer;

/**
 * Recognises the start of a list item ({@code o  text}, {@code *  text}, {@code -  text},
 * {@code 1.  text}, {@code (a) text}, {@code a)  text}), which starts a new paragraph even without
 * a blank line before it. Runs on every body line, so it looks at a few characters only.
 */
final class ListMarker {
  private ListMarker() {}

  static boolean startsItem(SourceLine line) {
    String t = line.text();
    int start = line.indent();
    int end = t.length();
    if (end - start < 3) {
      return false;
    }
    char c = t.charAt(start);
    if ((c == 'o' || c == '*' || c == '-' || c == '+') && t.charAt(start + 1) == ' ') {
      return true;
    }
    int i = c == '(' ? start + 1 : start;
    int mark = i;
    boolean digits = true;
    while (i < end && i - mark < 3 && Character.isLetterOrDigit(t.charAt(i))) {
      digits &= Character.isDigit(t.charAt(i));
      i++;
    }
    if (i == mark || i >= end - 1) {
      return false;
    }
    boolean letter = i - mark == 1 && Character.isLowerCase(t.charAt(mark));
    if (!digits && !letter) {
      return false;
    }
    char close = t.charAt(i);
    boolean closed = c == '(' ? close == ')' : close == ')' || (close == '.' && digits);
    return closed && t.charAt(i + 1) == ' ';
  }
}
