package dev.vigor.rfc.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out which document this is: {@code rfcNNNN} from the {@code Request for Comments: NNNN}
 * line or a running header starting {@code RFC NNNN}; for an Internet-Draft its name without the
 * two-digit revision, so requirement ids survive a new revision of the draft.
 */
final class DocumentIdentity {
  /** Only the first lines hold the front matter; later mentions are citations. */
  static final int FRONT_LINES = 80;

  /** A draft name: letters and digits in dash-separated parts (no nested ambiguity). */
  private static final Pattern DRAFT = Pattern.compile("draft-[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final int MAX_SCAN = 200;

  private DocumentIdentity() {}

  /** The document id, if the text says; {@code headers} are lines of recognised page headers. */
  static Optional<String> find(List<SourceLine> lines, List<String> headers) {
    int limit = Math.min(lines.size(), FRONT_LINES);
    for (int i = 0; i < limit; i++) {
      String t = bounded(lines.get(i).text());
      int at = indexOfIgnoreCase(t, "Request for Comments:");
      if (at >= 0) {
        String number = leadingDigits(t.substring(at + "Request for Comments:".length()).strip());
        if (!number.isEmpty()) {
          return Optional.of("rfc" + Integer.parseInt(number));
        }
      }
    }
    for (String h : headers) {
      String t = bounded(h).strip();
      if (t.regionMatches(true, 0, "RFC ", 0, 4)) {
        String number = leadingDigits(t.substring(4).strip());
        if (!number.isEmpty()) {
          return Optional.of("rfc" + Integer.parseInt(number));
        }
      }
    }
    for (int i = 0; i < limit; i++) {
      Optional<String> draft = draftName(lines.get(i).text());
      if (draft.isPresent()) {
        return draft;
      }
    }
    return Optional.empty();
  }

  /** The draft name on the line without its revision, e.g. {@code draft-ietf-foo-bar}. */
  static Optional<String> draftName(String line) {
    Matcher m = DRAFT.matcher(bounded(line));
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group();
    if (name.matches(".*-\\d\\d")) {
      name = name.substring(0, name.length() - 3);
    }
    return Optional.of(name);
  }

  /** A document id made from a file name: lower case letters, digits, dots and dashes. */
  static String fromFileName(String fileName) {
    String base = fileName;
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    base = base.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String slug = Slug.of(base);
    return slug.isEmpty() ? "document" : slug;
  }

  private static String bounded(String s) {
    return s.length() > MAX_SCAN ? s.substring(0, MAX_SCAN) : s;
  }

  private static String leadingDigits(String s) {
    int i = 0;
    while (i < s.length() && i < 6 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i);
  }

  private static int indexOfIgnoreCase(String s, String what) {
    return s.toLowerCase(Locale.ROOT).indexOf(what.toLowerCase(Locale.ROOT));
  }
}
