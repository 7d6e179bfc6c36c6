package dev.vigor.rfc.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises section headings on lines that start in column 1, the place RFCs put them (body text
 * is indented). The patterns are anchored and their repetitions bounded, so a long line costs one
 * linear pass at most.
 */
final class HeadingParser {
  /** {@code 4.}, {@code 4.1.}, {@code 4.1.2} followed by a title. */
  private static final Pattern NUMBERED =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){0,7})\\.?[ \\t]+(\\S.*)");

  /** {@code A.1.}, {@code B.2.3} followed by a title. */
  private static final Pattern LETTERED =
      Pattern.compile("([A-Z](?:\\.\\d{1,3}){1,7})\\.?[ \\t]+(\\S.*)");

  /** {@code A.  Title}: an appendix written without the word Appendix. */
  private static final Pattern LETTER_ONLY = Pattern.compile("([A-Z])\\.[ \\t]+(\\S.*)");

  /** {@code Appendix A.  Title}, {@code Appendix B: Title}, {@code Appendix C}. */
  private static final Pattern APPENDIX =
      Pattern.compile("Appendix[ \\t]+([A-Z])(?:[.:][ \\t]*|[ \\t]+-?[ \\t]*|$)(.*)");

  private static final int MAX_HEADING = 120;

  private HeadingParser() {}

  /**
   * The numbered or appendix heading on this line, if it is one. {@code afterNumbered} says whether
   * a numbered section came before, which makes bare {@code A.} appendix headings plausible.
   */
  static Optional<Heading> numbered(String line, boolean afterNumbered) {
    if (line.isEmpty() || line.length() > MAX_HEADING || Character.isWhitespace(line.charAt(0))) {
      return Optional.empty();
    }
    String text = line.stripTrailing();
    if (isTocEntry(text)) {
      return Optional.empty();
    }
    Matcher m = APPENDIX.matcher(text);
    if (m.matches()) {
      return Optional.of(new Heading(m.group(1), m.group(2).strip(), titleColumn(m, text)));
    }
    m = NUMBERED.matcher(text);
    if (m.matches() && hasLetter(m.group(2))) {
      return Optional.of(new Heading(m.group(1), m.group(2).strip(), m.start(2)));
    }
    m = LETTERED.matcher(text);
    if (m.matches() && hasLetter(m.group(2))) {
      return Optional.of(new Heading(m.group(1), m.group(2).strip(), m.start(2)));
    }
    m = LETTER_ONLY.matcher(text);
    if (afterNumbered && m.matches() && hasLetter(m.group(2)) && !endsLikeProse(m.group(2))) {
      return Optional.of(new Heading(m.group(1), m.group(2).strip(), m.start(2)));
    }
    return Optional.empty();
  }

  /**
   * Whether a column-1 line reads like an unnumbered heading ("Abstract", "Authors' Addresses"):
   * short, starting with a letter, not ending like prose, not laid out in columns.
   */
  static boolean isUnnumberedTitle(String line) {
    String text = line.stripTrailing();
    if (text.isEmpty() || text.length() > 72 || !Character.isLetter(text.charAt(0))) {
      return false;
    }
    if (endsLikeProse(text) || text.contains("   ") || isTocEntry(text)) {
      return false;
    }
    int words = text.split(" +", 12).length;
    return words <= 10;
  }

  /** Whether the line is "Table of Contents" or "Contents", which opens the table of contents. */
  static boolean isTocTitle(String line) {
    String t = line.strip();
    return t.equalsIgnoreCase("Table of Contents") || t.equalsIgnoreCase("Contents");
  }

  /**
   * Whether the line looks like a table-of-contents entry: a dotted leader ({@code ....} or
   * {@code . . .}) followed by a page number, or a title followed by a bare page number.
   */
  static boolean isTocEntry(String line) {
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    int digits = end;
    while (digits > 0 && Character.isDigit(line.charAt(digits - 1))) {
      digits--;
    }
    if (digits == end || end - digits > 4) {
      return false;
    }
    int i = digits;
    int spaces = 0;
    while (i > 0 && line.charAt(i - 1) == ' ') {
      i--;
      spaces++;
    }
    int dots = 0;
    while (i > 0 && (line.charAt(i - 1) == '.' || line.charAt(i - 1) == ' ')) {
      if (line.charAt(i - 1) == '.') {
        dots++;
      }
      i--;
    }
    return dots >= 3 || spaces >= 3;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsLikeProse(String s) {
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == ',' || last == ';' || last == ':';
  }

  private static int titleColumn(Matcher m, String text) {
    int col = m.start(2);
    while (col < text.length() && Character.isWhitespace(text.charAt(col))) {
      col++;
    }
    return col;
  }
}
