package dev.vigor.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A linear, never-failing lexer for spec text that classifies each word for highlighting: one scan
 * into raw tokens, then one pass that uses the neighbours ({@code from state import}, {@code x.})
 * to tell state objects, methods and header fields apart. Whitespace is not a token.
 */
public final class SpecLexer {
  private SpecLexer() {}

  /** The tokens of {@code text}, in order, never overlapping. */
  public static List<Token> lex(String text) {
    List<Raw> raw = scan(text);
    Set<String> stateObjects = importedStateObjects(raw);
    List<Token> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Raw r = raw.get(i);
      if (r.kind == RawKind.NEWLINE) {
        continue;
      }
      out.add(new Token(r.start, r.end, classify(raw, i, stateObjects), r.text));
    }
    return out;
  }

  /** The names a spec imports with {@code from state import a, b}. */
  public static Set<String> importedStateObjects(String text) {
    return importedStateObjects(scan(text));
  }

  private enum RawKind { WORD, NUMBER, COMMENT, STRING, OPERATOR, NEWLINE }

  private record Raw(int start, int end, RawKind kind, String text) {}

  private static List<Raw> scan(String s) {
    List<Raw> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      if (c == '\n') {
        out.add(new Raw(i, i + 1, RawKind.NEWLINE, "\n"));
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      RawKind kind;
      if (c == '#') {
        while (i < n && s.charAt(i) != '\n') {
          i++;
        }
        kind = RawKind.COMMENT;
      } else if (Character.isLetter(c) || c == '_') {
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        kind = RawKind.WORD;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        kind = RawKind.NUMBER;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
          i += s.charAt(i) == '\\' && i + 1 < n && s.charAt(i + 1) != '\n' ? 2 : 1;
        }
        if (i < n && s.charAt(i) == c) {
          i++;
        }
        kind = RawKind.STRING;
      } else {
        i++;
        kind = RawKind.OPERATOR;
      }
      out.add(new Raw(start, i, kind, s.substring(start, i)));
    }
    return out;
  }

  private static Set<String> importedStateObjects(List<Raw> raw) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i + 2 < raw.size(); i++) {
      if (isWord(raw.get(i), "from") && isWord(raw.get(i + 1), "state")
          && isWord(raw.get(i + 2), "import")) {
        int j = i + 3;
        while (j < raw.size() && raw.get(j).kind != RawKind.NEWLINE
            && raw.get(j).kind != RawKind.COMMENT) {
          if (raw.get(j).kind == RawKind.WORD) {
            names.add(raw.get(j).text);
          }
          j++;
        }
        i = j - 1;
      }
    }
    return names;
  }

  private static boolean isWord(Raw r, String word) {
    return r.kind == RawKind.WORD && r.text.equals(word);
  }

  private static TokenKind classify(List<Raw> raw, int i, Set<String> stateObjects) {
    Raw r = raw.get(i);
    switch (r.kind) {
      case COMMENT:
        return TokenKind.COMMENT;
      case NUMBER:
        return TokenKind.NUMBER;
      case STRING:
        return TokenKind.STRING;
      case OPERATOR:
        return TokenKind.OPERATOR;
      default:
        break;
    }
    String w = r.text;
    boolean afterDot = i > 0 && raw.get(i - 1).kind == RawKind.OPERATOR
        && raw.get(i - 1).text.equals(".");
    if (afterDot) {
      boolean onState = i > 1 && raw.get(i - 2).kind == RawKind.WORD
          && stateObjects.contains(raw.get(i - 2).text);
      if ((onState || !SpecVocabulary.isHeaderField(w)) && SpecVocabulary.isStateMethod(w)) {
        return TokenKind.STATE_METHOD;
      }
      if (!onState && SpecVocabulary.isHeaderField(w)) {
        return TokenKind.HEADER_FIELD;
      }
      return TokenKind.IDENTIFIER;
    }
    if (w.equals("state") && i > 0 && isWord(raw.get(i - 1), "from")) {
      return TokenKind.KEYWORD; // the pseudo-module of `from state import`
    }
    if (SpecVocabulary.KEYWORDS.contains(w)) {
      return TokenKind.KEYWORD;
    }
    if (SpecVocabulary.BUILTINS.contains(w)) {
      return TokenKind.BUILTIN;
    }
    if (SpecVocabulary.isInput(w)) {
      return TokenKind.INPUT;
    }
    if (SpecVocabulary.isHeaderType(w)) {
      return TokenKind.HEADER_TYPE;
    }
    if (stateObjects.contains(w)) {
      return TokenKind.STATE_OBJECT;
    }
    if (SpecVocabulary.isConstant(w)) {
      return TokenKind.CONSTANT;
    }
    return TokenKind.IDENTIFIER;
  }
}
