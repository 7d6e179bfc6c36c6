package dev.vigor.engine.spec.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * Jython parses Python 2, where {@code ...} is only legal inside a subscript, but specs write it as
 * a wildcard in calls and lists ({@code ether(h, saddr=...)}, {@code [...]}). Before parsing, every
 * {@code ...} outside comments and string literals is replaced by {@link #PLACEHOLDER}, a name of
 * the same length, so every column stays where the user wrote it. The positions replaced are
 * remembered: only a placeholder name at one of them is a wildcard.
 */
public final class EllipsisMasking {
  /** The three-character name standing for {@code ...} in the parsed text. */
  public static final String PLACEHOLDER = "___";

  /** The masked text and the (1-based line, 0-based column) of each replaced {@code ...}. */
  public record Masked(String text, Set<Long> positions) {
    /** Whether a {@code ...} was written at this line (1-based) and column (0-based). */
    public boolean isEllipsisAt(int line, int col) {
      return positions.contains(key(line, col));
    }
  }

  private EllipsisMasking() {}

  static long key(int line, int col) {
    return ((long) line << 32) | (col & 0xffffffffL);
  }

  /** Masks {@code source}. */
  public static Masked mask(String source) {
    StringBuilder out = new StringBuilder(source);
    Set<Long> positions = new HashSet<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (c == '#') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\'' || c == '"') {
        // Skip the literal (strings are rejected later; they must not be masked meanwhile).
        boolean triple = i + 2 < n && source.charAt(i + 1) == c && source.charAt(i + 2) == c;
        int j = i + (triple ? 3 : 1);
        while (j < n) {
          char d = source.charAt(j);
          if (d == '\\') {
            j += 2;
            continue;
          }
          if (!triple && d == '\n') {
            break;
          }
          if (d == c && (!triple || (j + 2 < n && source.charAt(j + 1) == c && source.charAt(j + 2) == c))) {
            j += triple ? 3 : 1;
            break;
          }
          if (d == '\n') {
            line++;
            lineStart = j + 1;
          }
          j++;
        }
        i = Math.min(j, n);
      } else if (c == '.' && source.startsWith("...", i)) {
        out.replace(i, i + 3, PLACEHOLDER);
        positions.add(key(line, i - lineStart));
        i += 3;
      } else {
        i++;
      }
    }
    return new Masked(out.toString(), positions);
  }
}
