package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.util.List;

/**
 * Evaluates a #if / #elif controlling expression (C11 6.10.1) after {@code defined} and macro
 * replacement, in intmax_t arithmetic (64-bit; unsignedness is not tracked, which no header here
 * depends on). Remaining identifiers are 0.
 */
final class PpExpression {
  private final List<PpToken> toks;
  private final SourceLocation at;
  private int pos;

  private PpExpression(List<PpToken> toks, SourceLocation at) {
    this.toks = toks;
    this.at = at;
  }

  static long evaluate(List<PpToken> toks, SourceLocation at) throws DiagnosticException {
    if (toks.isEmpty()) {
      throw new DiagnosticException(Diagnostic.error(at, "#if without an expression; write a constant expression after it"));
    }
    PpExpression e = new PpExpression(toks, at);
    long v = e.conditional();
    if (e.pos != toks.size()) {
      throw e.error("unexpected '" + toks.get(e.pos).text() + "' in #if expression");
    }
    return v;
  }

  private long conditional() throws DiagnosticException {
    long c = binary(0);
    if (accept("?")) {
      long a = conditional();
      expect(":");
      long b = conditional();
      return c != 0 ? a : b;
    }
    return c;
  }

  private static final String[][] LEVELS = {
    {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"},
    {"+", "-"}, {"*", "/", "%"}
  };

  private long binary(int level) throws DiagnosticException {
    if (level == LEVELS.length) {
      return unary();
    }
    long l = binary(level + 1);
    while (pos < toks.size()) {
      String op = null;
      for (String cand : LEVELS[level]) {
        if (toks.get(pos).is(cand)) {
          op = cand;
        }
      }
      if (op == null) {
        return l;
      }
      PpToken opTok = toks.get(pos++);
      long r = binary(level + 1);
      l = apply(op, l, r, opTok);
    }
    return l;
  }

  private long apply(String op, long l, long r, PpToken opTok) throws DiagnosticException {
    switch (op) {
      case "||": return (l != 0 || r != 0) ? 1 : 0;
      case "&&": return (l != 0 && r != 0) ? 1 : 0;
      case "|": return l | r;
      case "^": return l ^ r;
      case "&": return l & r;
      case "==": return l == r ? 1 : 0;
      case "!=": return l != r ? 1 : 0;
      case "<": return l < r ? 1 : 0;
      case ">": return l > r ? 1 : 0;
      case "<=": return l <= r ? 1 : 0;
      case ">=": return l >= r ? 1 : 0;
      case "<<": return l << r;
      case ">>": return l >> r;
      case "+": return l + r;
      case "-": return l - r;
      case "*": return l * r;
      default:
        if (r == 0) {
          throw new DiagnosticException(Diagnostic.error(opTok.loc(), "division by zero in #if expression"));
        }
        return op.equals("/") ? l / r : l % r;
    }
  }

  private long unary() throws DiagnosticException {
    if (accept("-")) {
      return -unary();
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("!")) {
      return unary() == 0 ? 1 : 0;
    }
    if (accept("~")) {
      return ~unary();
    }
    if (accept("(")) {
      long v = conditional();
      expect(")");
      return v;
    }
    if (pos >= toks.size()) {
      throw error("#if expression ends too early");
    }
    PpToken t = toks.get(pos++);
    switch (t.kind()) {
      case IDENTIFIER:
        return 0;
      case NUMBER:
        return parseInteger(t);
      case CHAR:
        return CharValue.of(t);
      default:
        throw new DiagnosticException(Diagnostic.error(t.loc(), "unexpected '" + t.text() + "' in #if expression"));
    }
  }

  static long parseInteger(PpToken t) throws DiagnosticException {
    String s = t.text().replaceAll("[uUlL]+$", "");
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        return Long.parseUnsignedLong(s.substring(2), 16);
      }
      if (s.length() > 1 && s.startsWith("0")) {
        return Long.parseUnsignedLong(s.substring(1), 8);
      }
      return Long.parseUnsignedLong(s);
    } catch (NumberFormatException e) {
      throw new DiagnosticException(Diagnostic.error(t.loc(), "'" + t.text() + "' is not an integer constant"));
    }
  }

  private boolean accept(String s) {
    if (pos < toks.size() && toks.get(pos).is(s)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String s) throws DiagnosticException {
    if (!accept(s)) {
      throw error("expected '" + s + "' in #if expression");
    }
  }

  private DiagnosticException error(String msg) {
    SourceLocation where = pos < toks.size() ? toks.get(pos).loc() : at;
    return new DiagnosticException(Diagnostic.error(where, msg));
  }
}
