package dev.vigor.engine.c.lower;

import dev.vigor.engine.c.parser.CParse;
import dev.vigor.engine.diag.SourceLocation;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Source locations of parse-tree nodes (their first token, as the user wrote it). */
final class Loc {
  private Loc() {}

  static SourceLocation of(ParserRuleContext ctx) {
    return CParse.location(ctx.getStart());
  }

  static SourceLocation of(Token t) {
    return CParse.location(t);
  }

  static SourceLocation of(TerminalNode n) {
    return CParse.location(n.getSymbol());
  }
}
