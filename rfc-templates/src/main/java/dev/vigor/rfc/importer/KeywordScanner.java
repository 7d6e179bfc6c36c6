package dev.vigor.rfc.importer;

import dev.vigor.rfc.model.Keyword;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds RFC 2119 / RFC 8174 keywords in a sentence: upper case only, whole words, the longest match
 * ("MUST NOT" is one keyword, not also a MUST). A keyword in double quotes is a mention, not a use
 * (the keyword-definition boilerplate lists them that way), so it does not count.
 */
final class KeywordScanner {
  private KeywordScanner() {}

  static List<KeywordUse> scan(String s, int from, int to) {
    List<KeywordUse> uses = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!isUpper(s.charAt(i)) || (i > from && isWordChar(s.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < to && isUpper(s.charAt(end))) {
        end++;
      }
      if (end < to && isWordChar(s.charAt(end))) {
        // Part of a longer word ("MUSTard", "MAY2"): skip the whole word.
        while (end < to && isWordChar(s.charAt(end))) {
          end++;
        }
        i = end;
        continue;
      }
      String word = s.substring(i, end);
      int phraseEnd = end;
      Keyword keyword = null;
      if (word.equals("MUST") || word.equals("SHALL") || word.equals("SHOULD")) {
        int notEnd = followingWord(s, end, to, "NOT");
        keyword = Keyword.fromText(notEnd > 0 ? word + " NOT" : word);
        phraseEnd = notEnd > 0 ? notEnd : end;
      } else if (word.equals("NOT")) {
        int recEnd = followingWord(s, end, to, "RECOMMENDED");
        if (recEnd > 0) {
          keyword = Keyword.NOT_RECOMMENDED;
          phraseEnd = recEnd;
        }
      } else if (word.equals("REQUIRED") || word.equals("RECOMMENDED") || word.equals("MAY")
          || word.equals("OPTIONAL")) {
        keyword = Keyword.fromText(word);
      }
      if (keyword != null && !isQuoted(s, i, phraseEnd, from, to)) {
        uses.add(new KeywordUse(keyword, i, phraseEnd - i));
      }
      i = keyword != null ? phraseEnd : end;
    }
    return uses;
  }

  /** The end of {@code word} if it follows {@code at} after whitespace as a whole word, else -1. */
  private static int followingWord(String s, int at, int to, String word) {
    int i = at;
    int spaces = 0;
    while (i < to && Character.isWhitespace(s.charAt(i)) && spaces < 8) {
      i++;
      spaces++;
    }
    if (spaces == 0 || !s.startsWith(word, i)) {
      return -1;
    }
    int end = i + word.length();
    if (end > to || (end < to && isWordChar(s.charAt(end)))) {
      return -1;
    }
    return end;
  }

  private static boolean isQuoted(String s, int from, int to, int min, int max) {
    return from > min && to < max && isQuote(s.charAt(from - 1)) && isQuote(s.charAt(to));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
