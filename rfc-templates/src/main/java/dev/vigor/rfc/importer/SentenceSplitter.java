package dev.vigor.rfc.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits paragraph text into sentences in one left-to-right pass. A sentence ends at {@code .},
 * {@code ?} or {@code !} (optionally followed by closing quotes or brackets) that is followed by
 * whitespace and then something that can start a sentence. So {@code 10.0.0.1}, {@code 4.1.2},
 * {@code e.g.}, {@code i.e.}, {@code etc.}, initials and "Section 4.1. and ..." do not split.
 */
final class SentenceSplitter {
  /** Abbreviations after which a period never ends a sentence (lower case, with their dots). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g.", "i.e.", "etc.", "cf.", "vs.", "al.", "fig.", "no.", "nos.", "approx.", "resp.",
          "viz.", "mr.", "ms.", "dr.", "sec.", "ref.", "refs.", "eq.", "vol.", "pp.", "incl.");

  /** Longest abbreviation token looked at, so the look-back stays bounded. */
  private static final int MAX_TOKEN = 12;

  private SentenceSplitter() {}

  /** Sentence spans as {start, end} offsets (end exclusive), trimmed of surrounding whitespace. */
  static List<int[]> split(String s) {
    List<int[]> spans = new ArrayList<>();
    int n = s.length();
    int start = skipSpace(s, 0);
    int i = start;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '.' || c == '?' || c == '!') {
        int end = i + 1;
        while (end < n && isCloser(s.charAt(end))) {
          end++;
        }
        if (end < n && !Character.isWhitespace(s.charAt(end))) {
          i = end;
          continue;
        }
        int next = skipSpace(s, end);
        if (next < n && !startsSentence(s, i, next)) {
          i = next;
          continue;
        }
        if (c == '.' && next < n && isAbbreviation(s, i)) {
          i = next;
          continue;
        }
        add(spans, s, start, end);
        start = next;
        i = next;
        continue;
      }
      i++;
    }
    add(spans, s, start, n);
    return spans;
  }

  private static void add(List<int[]> spans, String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      spans.add(new int[] {from, to});
    }
  }

  private static boolean isCloser(char c) {
    return c == ')' || c == ']' || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether the character at {@code next} can open a sentence after the terminator at {@code dot}. */
  private static boolean startsSentence(String s, int dot, int next) {
    char c = s.charAt(next);
    if (Character.isUpperCase(c) || c == '"' || c == '(' || c == '[' || c == '\u201c') {
      return true;
    }
    // "... in 2001. 42 hosts" splits; "Section 4. 2 hosts" is too rare to matter and reads as a ref.
    return Character.isDigit(c) && dot > 0 && !Character.isDigit(s.charAt(dot - 1));
  }

  /** Whether the word ending at the period {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String s, int dot) {
    int from = dot;
    while (from > 0 && dot - from < MAX_TOKEN) {
      char c = s.charAt(from - 1);
      if (Character.isLetter(c) || c == '.') {
        from--;
      } else {
        break;
      }
    }
    if (from > 0 && dot - from >= MAX_TOKEN) {
      return false;
    }
    String token = s.substring(from, dot + 1);
    if (ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT))) {
      return true;
    }
    // A single capital is an initial ("P. Srisuresh"); a dotted token is an abbreviation ("U.S.").
    return token.length() == 2 && Character.isUpperCase(token.charAt(0))
        || token.length() >= 4 && token.indexOf('.') < token.length() - 1;
  }
}
