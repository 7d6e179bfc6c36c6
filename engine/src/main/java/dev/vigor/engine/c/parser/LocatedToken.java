package dev.vigor.engine.c.parser;

import dev.vigor.engine.diag.SourceLocation;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/** An ANTLR token that remembers the file:line:col the user wrote (ANTLR's own has no file). */
public final class LocatedToken extends CommonToken {
  private static final long serialVersionUID = 1L;
  private static final TokenSource NO_SOURCE = new ListTokenSource(java.util.List.of());
  private final transient SourceLocation location;

  /** A token of ANTLR type type, text text, written at location. */
  public LocatedToken(int type, String text, SourceLocation location) {
    // a (source, no char stream) pair: ANTLR's error recovery asks for both when it invents a missing token
    super(new Pair<>(NO_SOURCE, null), type, DEFAULT_CHANNEL, -1, -1);
    setText(text);
    this.location = location;
    setLine(location.line());
    setCharPositionInLine(location.column() - 1);
  }

  /** Where the user wrote it. */
  public SourceLocation location() {
    return location;
  }
}
