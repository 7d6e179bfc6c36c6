package dev.vigor.engine.c.parser;

import dev.vigor.engine.c.preprocess.PpToken;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/**
 * Turns preprocessed tokens into parser tokens: keywords and punctuators by their literal, and
 * identifiers a typedef declared into TypedefName (found by a pre-scan: the last identifier of a
 * file-scope {@code typedef ...;} declaration).
 */
public final class TokenAdapter {
  private static final Pattern INTEGER =
      Pattern.compile("(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([uU](ll|LL|l|L)?|(ll|LL|l|L)[uU]?)?");
  private static final Map<String, Integer> LITERALS = literals();

  private TokenAdapter() {}

  private static Map<String, Integer> literals() {
    Map<String, Integer> m = new HashMap<>();
    Vocabulary v = CSubsetLexer.VOCABULARY;
    for (int t = 1; t <= v.getMaxTokenType(); t++) {
      String lit = v.getLiteralName(t);
      if (lit != null) {
        m.put(lit.substring(1, lit.length() - 1), t);
      }
    }
    return m;
  }

  /** Parser tokens for pp, ending with EOF located after the last token. */
  public static List<Token> adapt(List<PpToken> pp, String mainFile) throws DiagnosticException {
    Set<Integer> declaring = new HashSet<>();
    Set<String> typedefs = typedefNames(pp, declaring);
    List<Token> out = new ArrayList<>(pp.size() + 1);
    List<Diagnostic> errors = new ArrayList<>();
    for (int index = 0; index < pp.size(); index++) {
      PpToken t = pp.get(index);
      int type;
      switch (t.kind()) {
        case IDENTIFIER:
          Integer kw = LITERALS.get(t.text());
          type = kw != null ? kw
              : typedefs.contains(t.text()) && !declaring.contains(index) ? CSubsetLexer.TypedefName : CSubsetLexer.Identifier;
          break;
        case NUMBER:
          if (INTEGER.matcher(t.text()).matches()) {
            type = CSubsetLexer.IntegerConstant;
          } else if (t.text().matches("[0-9.].*")
              && (t.text().contains(".") || t.text().matches("(?i)[0-9]+e[+-]?[0-9]+f?"))) {
            type = CSubsetLexer.FloatingConstant;
          } else {
            errors.add(Diagnostic.error(t.loc(), "'" + t.text() + "' is not a valid integer constant"));
            continue;
          }
          break;
        case CHAR:
          type = CSubsetLexer.CharacterConstant;
          break;
        case STRING:
          type = CSubsetLexer.StringLiteral;
          break;
        case PUNCT:
          Integer p = LITERALS.get(t.text());
          if (p == null) {
            errors.add(Diagnostic.error(t.loc(), "'" + t.text() + "' cannot appear here outside a #define"));
            continue;
          }
          type = p;
          break;
        default:
          continue;
      }
      out.add(new LocatedToken(type, t.text(), t.loc()));
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    SourceLocation end = pp.isEmpty() ? SourceLocation.of(mainFile, 1, 1) : pp.get(pp.size() - 1).loc();
    out.add(new LocatedToken(Token.EOF, "<end of file>", end));
    return out;
  }

  /** Names declared by file-scope typedefs; declaring gets the index of each name's own declarator token. */
  private static Set<String> typedefNames(List<PpToken> pp, Set<Integer> declaring) {
    Set<String> names = new HashSet<>();
    int braces = 0;
    boolean inTypedef = false;
    int typedefBraces = 0;
    String last = null;
    int lastIndex = -1;
    int parens = 0;
    for (int i = 0; i < pp.size(); i++) {
      PpToken t = pp.get(i);
      if (t.is("{")) {
        braces++;
      } else if (t.is("}")) {
        braces--;
      } else if (t.is("(")) {
        parens++;
      } else if (t.is(")")) {
        parens--;
      }
      if (t.kind() == PpToken.Kind.IDENTIFIER && t.text().equals("typedef")) {
        inTypedef = true;
        typedefBraces = braces;
        last = null;
        parens = 0;
        continue;
      }
      if (!inTypedef || braces != typedefBraces) {
        continue;
      }
      if (t.kind() == PpToken.Kind.IDENTIFIER && parens == 0 && !LITERALS.containsKey(t.text())) {
        last = t.text();
        lastIndex = i;
      } else if ((t.is(",") || t.is(";")) && parens == 0 && last != null) {
        names.add(last);
        declaring.add(lastIndex);
        last = null;
        if (t.is(";")) {
          inTypedef = false;
        }
      }
    }
    return names;
  }
}
