package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands macros in a token sequence (C11 6.10.3) with hide sets (Prosser's algorithm), so that
 * recursion stops where the standard says. Expanded tokens carry the location of the outermost
 * macro use, which is what the user wrote.
 */
final class MacroExpander {
  private static final int MAX_EXPANSIONS = 200_000;
  private final Map<String, Macro> macros;
  private int expansions;

  MacroExpander(Map<String, Macro> macros) {
    this.macros = macros;
  }

  List<PpToken> expand(List<PpToken> input) throws DiagnosticException {
    Deque<PpToken> in = new ArrayDeque<>(input);
    List<PpToken> out = new ArrayList<>();
    while (!in.isEmpty()) {
      PpToken t = in.pollFirst();
      Macro m = t.kind() == PpToken.Kind.IDENTIFIER ? macros.get(t.text()) : null;
      if (m == null || t.hideSet().contains(t.text())) {
        out.add(t);
        continue;
      }
      if (++expansions > MAX_EXPANSIONS) {
        throw new DiagnosticException(Diagnostic.error(t.loc(),
            "macro expansion of " + t.text() + " does not terminate; simplify the macro"));
      }
      Set<String> hs = new HashSet<>(t.hideSet());
      hs.add(m.name());
      if (!m.functionLike()) {
        List<PpToken> body = substitute(m, List.of(), hs, t);
        prepend(in, body);
        continue;
      }
      // a function-like macro name not followed by '(' is an ordinary identifier
      PpToken next = firstNonNewline(in);
      if (next == null || !next.is("(")) {
        out.add(t);
        continue;
      }
      while (!in.peekFirst().is("(")) {
        in.pollFirst();
      }
      in.pollFirst();
      List<List<PpToken>> args = new ArrayList<>();
      List<PpToken> cur = new ArrayList<>();
      int depth = 0;
      PpToken close = null;
      while (!in.isEmpty()) {
        PpToken a = in.pollFirst();
        if (a.kind() == PpToken.Kind.NEWLINE) {
          continue;
        }
        if (a.is("(")) {
          depth++;
        } else if (a.is(")")) {
          if (depth == 0) {
            close = a;
            break;
          }
          depth--;
        } else if (a.is(",") && depth == 0
            && !(m.variadic() && args.size() == m.params().size() - 1)) {
          args.add(cur);
          cur = new ArrayList<>();
          continue;
        }
        cur.add(a);
      }
      if (close == null) {
        throw new DiagnosticException(Diagnostic.error(t.loc(),
            "unterminated use of macro " + m.name() + "; close its argument list with ')'"));
      }
      args.add(cur);
      if (m.params().isEmpty() && args.size() == 1 && args.get(0).isEmpty()) {
        args.clear();
      }
      if (m.variadic() && args.size() == m.params().size() - 1) {
        args.add(new ArrayList<>());
      }
      if (args.size() != m.params().size()) {
        throw new DiagnosticException(Diagnostic.error(t.loc(),
            "macro " + m.name() + " takes " + m.params().size() + " argument(s), given " + args.size()
                + "; see its #define at " + m.loc()));
      }
      Set<String> fhs = new HashSet<>(t.hideSet());
      fhs.retainAll(close.hideSet());
      fhs.add(m.name());
      prepend(in, substitute(m, args, fhs, t));
    }
    return out;
  }

  private static PpToken firstNonNewline(Deque<PpToken> in) {
    for (PpToken t : in) {
      if (t.kind() != PpToken.Kind.NEWLINE) {
        return t;
      }
    }
    return null;
  }

  private static void prepend(Deque<PpToken> in, List<PpToken> body) {
    for (int i = body.size() - 1; i >= 0; i--) {
      in.addFirst(body.get(i));
    }
  }

  private List<PpToken> substitute(Macro m, List<List<PpToken>> args, Set<String> hs, PpToken use)
      throws DiagnosticException {
    SourceLocation at = use.loc();
    List<PpToken> body = m.body();
    List<PpToken> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      PpToken b = body.get(i);
      int p = paramIndex(m, b);
      boolean space = i == 0 ? use.spaceBefore() : b.spaceBefore();
      if (b.is("#") && m.functionLike() && i + 1 < body.size() && paramIndex(m, body.get(i + 1)) >= 0) {
        out.add(new PpToken(PpToken.Kind.STRING, stringize(args.get(paramIndex(m, body.get(i + 1)))), at, space, hs));
        i++;
      } else if (b.is("##") && !out.isEmpty() && i + 1 < body.size()) {
        PpToken left = out.remove(out.size() - 1);
        PpToken rightTok = body.get(++i);
        int rp = paramIndex(m, rightTok);
        List<PpToken> right = rp >= 0 ? new ArrayList<>(args.get(rp)) : new ArrayList<>(List.of(rightTok));
        String text = left.text() + (right.isEmpty() ? "" : right.remove(0).text());
        for (PpToken pasted : PpLexer.lex(at.file(), text)) {
          if (pasted.kind() != PpToken.Kind.NEWLINE) {
            out.add(new PpToken(pasted.kind(), pasted.text(), at, left.spaceBefore(), hs));
          }
        }
        for (PpToken r : right) {
          out.add(r.expandedAt(at, union(r.hideSet(), hs), r.spaceBefore()));
        }
      } else if (p >= 0) {
        boolean pasteNext = i + 1 < body.size() && body.get(i + 1).is("##");
        List<PpToken> arg = pasteNext ? args.get(p) : expand(args.get(p));
        boolean first = true;
        for (PpToken a : arg) {
          out.add(a.expandedAt(at, union(a.hideSet(), hs), first ? space : a.spaceBefore()));
          first = false;
        }
      } else {
        out.add(b.expandedAt(at, hs, space));
      }
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static int paramIndex(Macro m, PpToken t) {
    if (!m.functionLike() || t.kind() != PpToken.Kind.IDENTIFIER) {
      return -1;
    }
    if (m.variadic() && t.text().equals("__VA_ARGS__")) {
      return m.params().size() - 1;
    }
    int i = m.params().indexOf(t.text());
    return m.variadic() && i == m.params().size() - 1 ? -1 : i;
  }

  private static String stringize(List<PpToken> arg) {
    StringBuilder sb = new StringBuilder("\"");
    boolean first = true;
    for (PpToken t : arg) {
      if (!first && t.spaceBefore()) {
        sb.append(' ');
      }
      first = false;
      String s = t.text();
      if (t.kind() == PpToken.Kind.STRING || t.kind() == PpToken.Kind.CHAR) {
        s = s.replace("\\", "\\\\").replace("\"", "\\\"");
      }
      sb.append(s);
    }
    return sb.append('"').toString();
  }
}
