package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;

/** The int value of a character constant such as {@code 'a'} or {@code '\n'} (plain char is signed). */
public final class CharValue {
  private CharValue() {}

  /** Value of the character constant token t. */
  public static long of(PpToken t) throws DiagnosticException {
    String s = t.text();
    String body = s.substring(1, s.length() - 1);
    if (body.isEmpty()) {
      throw new DiagnosticException(Diagnostic.error(t.loc(), "empty character constant; write e.g. 'a' or '\\0'"));
    }
    try {
      return (byte) valueOf(body, t);
    } catch (NumberFormatException e) {
      throw new DiagnosticException(Diagnostic.error(t.loc(), "bad escape in character constant " + s));
    }
  }

  private static long valueOf(String body, PpToken t) throws DiagnosticException {
    String s = t.text();
    long v;
    if (body.charAt(0) != '\\') {
      if (body.length() != 1 || body.charAt(0) > 127) {
        throw new DiagnosticException(Diagnostic.error(t.loc(), "only single ASCII characters are supported in character constants"));
      }
      v = body.charAt(0);
    } else {
      String e = body.substring(1);
      switch (e.isEmpty() ? ' ' : e.charAt(0)) {
        case 'n': v = '\n'; break;
        case 't': v = '\t'; break;
        case 'r': v = '\r'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
          v = Long.parseLong(e, 8);
          break;
        case 'x':
          v = Long.parseLong(e.substring(1), 16);
          break;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'v': v = 11; break;
        default:
          throw new DiagnosticException(Diagnostic.error(t.loc(), "unknown escape in character constant " + s));
      }
    }
    return v;
  }
}
