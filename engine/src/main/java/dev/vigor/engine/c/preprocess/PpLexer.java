package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one source file into preprocessing tokens (C11 6.4) with 1-based line:column, dropping
 * comments and joining backslash-continued lines, and marking each line end.
 */
public final class PpLexer {
  private static final String[] PUNCTUATORS = {
    "...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=",
    "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##", "[", "]", "(", ")", "{", "}", ".", "&", "*",
    "+", "-", "~", "!", "/", "%", "<", ">", "^", "|", "?", ":", ";", "=", ",", "#"
  };

  private final String file;
  private final String src;
  private int pos;
  private int line = 1;
  private int col = 1;

  private PpLexer(String file, String src) {
    this.file = file;
    this.src = src;
  }

  /** Tokens of src, each line ended by a NEWLINE token. */
  public static List<PpToken> lex(String file, String src) throws DiagnosticException {
    return new PpLexer(file, src).run();
  }

  private List<PpToken> run() throws DiagnosticException {
    List<PpToken> out = new ArrayList<>();
    boolean space = false;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        out.add(new PpToken(PpToken.Kind.NEWLINE, "\n", here(), false, Set.of()));
        advance(1);
        space = false;
      } else if (c == '\\' && (peek(1) == '\n' || (peek(1) == '\r' && peek(2) == '\n'))) {
        advance(peek(1) == '\r' ? 3 : 2);
        space = true;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b') {
        advance(1);
        space = true;
      } else if (c == '/' && peek(1) == '*') {
        SourceLocation start = here();
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new DiagnosticException(
              Diagnostic.error(start, "unterminated comment; close it with */"));
        }
        advance(end + 2 - pos);
        space = true;
      } else if (c == '/' && peek(1) == '/') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          advance(1);
        }
        space = true;
      } else {
        out.add(token(space));
        space = false;
      }
    }
    out.add(new PpToken(PpToken.Kind.NEWLINE, "\n", here(), false, Set.of()));
    return out;
  }

  private PpToken token(boolean space) throws DiagnosticException {
    SourceLocation at = here();
    char c = src.charAt(pos);
    int start = pos;
    PpToken.Kind kind;
    if (Character.isLetter(c) || c == '_') {
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        advance(1);
      }
      kind = PpToken.Kind.IDENTIFIER;
    } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
      // pp-number: digits, letters, '.', and e+/e-/p+/p- (C11 6.4.8)
      advance(1);
      while (pos < src.length()) {
        char d = src.charAt(pos);
        if ((d == '+' || d == '-') && "eEpP".indexOf(src.charAt(pos - 1)) >= 0) {
          advance(1);
        } else if (Character.isLetterOrDigit(d) || d == '.' || d == '_') {
          advance(1);
        } else {
          break;
        }
      }
      kind = PpToken.Kind.NUMBER;
    } else if (c == '"' || c == '\'') {
      advance(1);
      while (true) {
        if (pos >= src.length() || src.charAt(pos) == '\n') {
          throw new DiagnosticException(Diagnostic.error(at,
              (c == '"' ? "unterminated string literal" : "unterminated character constant")
                  + "; close it on the same line with " + c));
        }
        char d = src.charAt(pos);
        advance(d == '\\' && pos + 1 < src.length() ? 2 : 1);
        if (d == c) {
          break;
        }
      }
      kind = c == '"' ? PpToken.Kind.STRING : PpToken.Kind.CHAR;
    } else {
      String p = null;
      for (String cand : PUNCTUATORS) {
        if (src.startsWith(cand, pos)) {
          p = cand;
          break;
        }
      }
      if (p == null) {
        throw new DiagnosticException(Diagnostic.error(at,
            "unexpected character '" + c + "'; the C subset uses only ASCII identifiers, numbers and C operators"));
      }
      advance(p.length());
      kind = PpToken.Kind.PUNCT;
    }
    String text = src.substring(start, pos);
    return new PpToken(kind, text, new SourceLocation(file, at.line(), at.column(), text.length()), space, Set.of());
  }

  private char peek(int k) {
    return pos + k < src.length() ? src.charAt(pos + k) : '\0';
  }

  private void advance(int n) {
    for (int i = 0; i < n && pos < src.length(); i++) {
      if (src.charAt(pos) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
      pos++;
    }
  }

  private SourceLocation here() {
    return SourceLocation.of(file, line, col);
  }
}
