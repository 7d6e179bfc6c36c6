package dev.vigor.engine.c.parser;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/** Parses adapted tokens with the CSubset grammar, turning ANTLR's complaints into diagnostics. */
public final class CParse {
  private static final int MAX_SYNTAX_ERRORS = 5;

  private CParse() {}

  /** The parse tree of one translation unit, or every syntax error (up to a few). */
  public static CSubsetParser.TranslationUnitContext parse(List<Token> tokens) throws DiagnosticException {
    CSubsetParser parser = new CSubsetParser(new CommonTokenStream(new ListTokenSource(tokens)));
    List<Diagnostic> errors = new ArrayList<>();
    parser.removeErrorListeners();
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg, RecognitionException e) {
        if (errors.size() < MAX_SYNTAX_ERRORS) {
          errors.add(Diagnostic.error(location(offending), explain((Token) offending)));
        }
      }
    });
    CSubsetParser.TranslationUnitContext tree = parser.translationUnit();
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    return tree;
  }

  /** The user's location of a parser token. */
  public static SourceLocation location(Object token) {
    if (token instanceof LocatedToken lt) {
      return lt.location();
    }
    Token t = (Token) token;
    return SourceLocation.of("<unknown>", Math.max(1, t.getLine()), t.getCharPositionInLine() + 1);
  }

  private static String explain(Token t) {
    if (t.getType() == Token.EOF) {
      return "syntax error: the file ends in the middle of a declaration or statement; a '}' or ';' may be missing";
    }
    String text = t.getText();
    return "syntax error at '" + text + "'; check this line and the one before it for a missing ';', ')' or '}', "
        + "or a construct outside the C subset (see docs/c-subset.md)";
  }
}
