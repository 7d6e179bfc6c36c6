package dev.vigor.rfc.importer;

/**
 * Recognises the start of a list item ({@code o  text}, {@code *  text}, {@code -  text},
 * {@code 1.  text}, {@code (a) text}, {@code a)  text}), which starts a new paragraph even without
 * a blank line before it.
 */
final class ListMarker {
  private ListMarker() {}

  static boolean startsItem(SourceLine line) {
    String t = line.trimmed();
    if (t.length() < 3) {
      return false;
    }
    char c = t.charAt(0);
    if ((c == 'o' || c == '*' || c == '-' || c == '+') && t.charAt(1) == ' ') {
      return true;
    }
    int i = 0;
    if (c == '(') {
      i = 1;
    }
    int mark = i;
    while (i < t.length() && i - mark < 3 && Character.isLetterOrDigit(t.charAt(i))) {
      i++;
    }
    if (i == mark || i >= t.length() - 1) {
      return false;
    }
    boolean digits = t.substring(mark, i).chars().allMatch(Character::isDigit);
    boolean letter = i - mark == 1 && Character.isLowerCase(t.charAt(mark));
    if (!digits && !letter) {
      return false;
    }
    char close = t.charAt(i);
    boolean closed = c == '(' ? close == ')' : close == ')' || (close == '.' && digits);
    return closed && t.charAt(i + 1) == ' ';
  }
}
