package dev.vigor.rfc.trace;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code # covers: rfc3022#4.1-2, rfc3022#4.2-1} annotations in a spec or property file.
 * The spec dialect has no strings, so every {@code #} starts a comment; a comment whose text starts
 * with {@code covers:} lists requirement ids separated by commas or spaces, and a file may hold any
 * number of them. Each id is reported with its own line and column.
 */
public final class AnnotationScanner {
  private static final String TAG = "covers:";

  private AnnotationScanner() {}

  /** Scans {@code text}, the content of {@code file}, which defines property {@code property}. */
  public static AnnotationScan scan(String file, String property, String text) {
    List<CoversAnnotation> found = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      lineNo++;
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      scanLine(file, property, lineNo, line, found, problems);
      start = end + 1;
      if (end == n) {
        break;
      }
    }
    return new AnnotationScan(found, problems);
  }

  private static void scanLine(
      String file,
      String property,
      int lineNo,
      String line,
      List<CoversAnnotation> found,
      List<Diagnostic> problems) {
    int hash = line.indexOf('#');
    if (hash < 0) {
      return;
    }
    int i = skipSpace(line, hash + 1);
    if (!line.regionMatches(true, i, TAG, 0, TAG.length())) {
      return;
    }
    int tagAt = i;
    i += TAG.length();
    int count = 0;
    while (i < line.length()) {
      i = skipSeparators(line, i);
      if (i >= line.length()) {
        break;
      }
      int tokenStart = i;
      while (i < line.length() && !isSeparator(line.charAt(i))) {
        i++;
      }
      String token = line.substring(tokenStart, i);
      SourceLocation at = new SourceLocation(file, lineNo, tokenStart + 1, token.length());
      count++;
      if (RequirementId.parse(token).isEmpty()) {
        problems.add(
            Diagnostic.error(
                at,
                "'" + token + "' is not a requirement id; write ids as document#section-n,"
                    + " e.g. rfc3022#4.1-2"));
      } else {
        found.add(new CoversAnnotation(token, property, at));
      }
    }
    if (count == 0) {
      problems.add(
          Diagnostic.warning(
              SourceLocation.of(file, lineNo, tagAt + 1),
              "'covers:' names no requirement; list ids such as rfc3022#4.1-2"));
    }
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int skipSeparators(String s, int i) {
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ' ' || c == '\t' || c == ';';
  }
}
