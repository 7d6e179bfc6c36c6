package dev.vigor.engine.spec.parse;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import java.util.Optional;

/**
 * A look at a spec's characters before the parser: the first quote that never closes (a stray
 * quote, an unterminated or triple-quoted string), a control character, or a line continuation
 * that ends the file. Jython's parser reports these late and vaguely (the next line, the end of
 * the file) or, for an unclosed triple quote at the end, not at all; here each is an error at the
 * character that causes it. Closed strings are left to the checker, which rejects them.
 */
final class QuoteScan {
  private QuoteScan() {}

  /** The first such problem in text (newlines already \n), or empty. */
  static Optional<Diagnostic> scan(String file, String text) {
    int line = 1;
    int lineStart = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = ++i;
      } else if (c == '#') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\'' || c == '"') {
        SourceLocation opened = SourceLocation.of(file, line, i - lineStart + 1);
        boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
        int j = i + (triple ? 3 : 1);
        boolean closed = false;
        while (j < n) {
          char d = text.charAt(j);
          if (d == '\\') {
            j += 2;
            continue;
          }
          if (d == '\n') {
            if (!triple) {
              break;
            }
            line++;
            lineStart = j + 1;
          } else if (d == c && (!triple || text.startsWith(String.valueOf(c).repeat(3), j))) {
            j += triple ? 3 : 1;
            closed = true;
            break;
          }
          j++;
        }
        if (!closed) {
          return Optional.of(Diagnostic.error(opened, triple
              ? "this triple-quoted string is never closed; the spec language has no strings:"
                  + " write text in # comments"
              : "this quote opens a string that does not close on its line; the spec language"
                  + " has no strings: write text in a # comment (or remove the stray quote)"));
        }
        i = j;
      } else if (c == '\\' && text.substring(i + 1).isBlank()) {
        return Optional.of(Diagnostic.error(SourceLocation.of(file, line, i - lineStart + 1),
            "a line continuation (\\) at the end of the file continues nothing; remove it"));
      } else if (Character.isISOControl(c) && c != '\t' && c != '\f') {
        return Optional.of(Diagnostic.error(SourceLocation.of(file, line, i - lineStart + 1),
            String.format("a control character (U+%04X): a spec is plain text; is this the right"
                + " file?", (int) c)));
      } else {
        i++;
      }
    }
    return Optional.empty();
  }
}
