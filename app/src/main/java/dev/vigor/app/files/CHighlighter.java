package dev.vigor.app.files;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style classes for C text in one linear pass: keywords, comments, string and character literals,
 * numbers and preprocessor lines. Enough to read NF code; not a parser. Pure, no JavaFX.
 */
public final class CHighlighter {
  /** Style class of C keywords (control flow, storage and the built-in types). */
  public static final String KEYWORD = "c-keyword";
  /** Style class of comments. */
  public static final String COMMENT = "c-comment";
  /** Style class of string and character literals. */
  public static final String STRING = "c-string";
  /** Style class of numeric literals. */
  public static final String NUMBER = "c-number";
  /** Style class of preprocessor directives ({@code #include}, {@code #define}). */
  public static final String PREPROCESSOR = "c-preprocessor";

  private static final Set<String> KEYWORDS = Set.of(
      "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
      "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict",
      "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union",
      "unsigned", "void", "volatile", "while", "bool", "true", "false", "NULL",
      "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t", "int16_t", "int32_t", "int64_t",
      "size_t", "_Bool", "_Static_assert");

  private CHighlighter() {}

  /** The style spans covering all of {@code text}. */
  public static StyleSpans<Collection<String>> spans(String text) {
    StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
    int plainFrom = 0;
    int i = 0;
    int n = text.length();
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      int end = -1;
      String style = null;
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        end = lineEnd(text, i);
        style = COMMENT;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        end = close < 0 ? n : close + 2;
        style = COMMENT;
      } else if (c == '"' || c == '\'') {
        end = literalEnd(text, i, c);
        style = STRING;
      } else if (c == '#' && lineStart) {
        end = lineEnd(text, i);
        style = PREPROCESSOR;
      } else if (Character.isDigit(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        end = i;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
          end++;
        }
        style = NUMBER;
      } else if (Character.isLetter(c) || c == '_') {
        end = i;
        while (end < n && isWordChar(text.charAt(end))) {
          end++;
        }
        style = KEYWORDS.contains(text.substring(i, end)) ? KEYWORD : null;
      }
      if (c == '\n') {
        lineStart = true;
      } else if (!Character.isWhitespace(c)) {
        lineStart = false;
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (style != null) {
        if (i > plainFrom) {
          out.add(List.of(), i - plainFrom);
        }
        out.add(List.of(style), end - i);
        plainFrom = end;
      }
      i = end;
    }
    out.add(List.of(), n - plainFrom);
    return out.create();
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  // A literal ends at its unescaped closing quote, or at the end of the line when it is unclosed.
  private static int literalEnd(String text, int from, char quote) {
    int i = from + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return text.length();
  }
}
