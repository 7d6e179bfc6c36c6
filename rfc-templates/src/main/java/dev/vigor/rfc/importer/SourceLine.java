package dev.vigor.rfc.importer;

/**
 * One line of the input as read: its 1-based number, its text (form feeds replaced by spaces so
 * columns stay true), and whether a form feed (a page break) was on it.
 */
record SourceLine(int number, String text, boolean formFeed) {

  /** Leading spaces and tabs. */
  int indent() {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  boolean isBlank() {
    return indent() == text.length() || text.isBlank();
  }

  /** The text without leading and trailing whitespace. */
  String trimmed() {
    return text.strip();
  }
}
