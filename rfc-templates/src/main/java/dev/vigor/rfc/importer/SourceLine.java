package dev.vigor.rfc.importer;

/**
 * One line of the input as read: its 1-based number, its text (form feeds replaced by spaces so
 * columns stay true), and whether a form feed (a page break) was on it. The indentation is worked
 * out once, since every pass asks for it.
 */
final class SourceLine {
  private final int number;
  private final String text;
  private final boolean formFeed;
  private final int indent;

  SourceLine(int number, String text, boolean formFeed) {
    this.number = number;
    this.text = text;
    this.formFeed = formFeed;
    int i = 0;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    this.indent = i;
  }

  int number() {
    return number;
  }

  String text() {
    return text;
  }

  boolean formFeed() {
    return formFeed;
  }

  /** Leading spaces and tabs. */
  int indent() {
    return indent;
  }

  boolean isBlank() {
    return indent == text.length() || text.isBlank();
  }

  /** The text without leading and trailing whitespace. */
  String trimmed() {
    return text.strip();
  }
}
