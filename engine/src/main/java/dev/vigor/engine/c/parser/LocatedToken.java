package dev.vigor.engine.c.parser;

import dev.vigor.engine.diag.SourceLocation;
import org.antlr.v4.runtime.CommonToken;

/** An ANTLR token that remembers the file:line:col the user wrote (ANTLR's own has no file). */
public final class LocatedToken extends CommonToken {
  private static final long serialVersionUID = 1L;
  private final transient SourceLocation location;

  /** A token of ANTLR type type, text text, written at location. */
  public LocatedToken(int type, String text, SourceLocation location) {
    super(type, text);
    this.location = location;
    setLine(location.line());
    setCharPositionInLine(location.column() - 1);
  }

  /** Where the user wrote it. */
  public SourceLocation location() {
    return location;
  }
}
