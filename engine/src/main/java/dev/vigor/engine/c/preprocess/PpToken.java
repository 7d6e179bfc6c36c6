package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.SourceLocation;
import java.util.Set;

/**
 * A preprocessing token with where the user wrote it (for a macro-expanded token: the macro's use)
 * and the macros it came out of (its hide set, so a macro never re-expands inside itself).
 */
public record PpToken(Kind kind, String text, SourceLocation loc, boolean spaceBefore, Set<String> hideSet) {

  /** The C11 preprocessing-token categories the subset needs. */
  public enum Kind {
    IDENTIFIER,
    NUMBER,
    CHAR,
    STRING,
    PUNCT,
    /** End of a logical line (directives are line-based). */
    NEWLINE
  }

  /** The same token moved to loc (a macro use) and hidden from the given macros. */
  public PpToken expandedAt(SourceLocation at, Set<String> hides, boolean space) {
    return new PpToken(kind, text, at, space, hides);
  }

  /** Whether this is the punctuator or identifier s. */
  public boolean is(String s) {
    return kind != Kind.NEWLINE && kind != Kind.STRING && kind != Kind.CHAR && text.equals(s);
  }
}
