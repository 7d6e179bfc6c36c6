package dev.vigor.editor;

import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.HeaderType;
import dev.vigor.engine.spec.ir.StateKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Completion candidates at a caret in spec text, from the NF's interface, the dialect's vocabulary
 * and the property names available to {@code import}. Pure: no JavaFX.
 */
public final class Completions {
  private Completions() {}

  /** What to offer: the candidates, and the offset where the word being completed starts. */
  public record Offer(int replaceFrom, String prefix, List<String> candidates) {
    public Offer {
      candidates = List.copyOf(candidates);
    }
  }

  /** The candidates at {@code caret} in {@code text}. */
  public static Offer at(String text, int caret, Optional<NfInterface> nf, Collection<String> properties) {
    int c = Math.max(0, Math.min(caret, text.length()));
    int wordStart = c;
    while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String prefix = text.substring(wordStart, c);
    int lineStart = text.lastIndexOf('\n', wordStart - 1) + 1;
    String before = text.substring(lineStart, wordStart);
    Set<String> all = new LinkedHashSet<>();
    if (before.matches("\\s*import\\s+")) {
      all.addAll(properties);
    } else if (before.matches("\\s*from\\s+state\\s+import\\s+.*")) {
      nf.ifPresent(n -> all.addAll(n.stateObjects().keySet()));
    } else if (wordStart > 0 && text.charAt(wordStart - 1) == '.') {
      all.addAll(afterDot(text, wordStart - 1, nf));
    } else {
      all.addAll(anywhere(text, nf));
    }
    List<String> matching = new ArrayList<>();
    for (String s : all) {
      if (s.startsWith(prefix) && !s.equals(prefix)) {
        matching.add(s);
      }
    }
    return new Offer(wordStart, prefix, matching);
  }

  private static List<String> afterDot(String text, int dot, Optional<NfInterface> nf) {
    int start = dot;
    while (start > 0 && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    String receiver = text.substring(start, dot);
    if (nf.isPresent() && nf.get().stateObjects().containsKey(receiver)) {
      return SpecVocabulary.methodsOf(nf.get().stateObjects().get(receiver).kind());
    }
    if (SpecLexer.importedStateObjects(text).contains(receiver)) {
      return SpecVocabulary.methodsOf(StateKind.UNKNOWN);
    }
    Optional<HeaderType> popped = poppedType(text, receiver);
    if (popped.isPresent()) {
      return popped.get().spellings();
    }
    if (nf.isPresent() && !receiver.isEmpty()) {
      // A record read like static_macs[h.daddr].device is not cheap to type; offer record fields.
      List<String> out = new ArrayList<>(SpecVocabulary.allHeaderFields());
      nf.get().recordTypes().values().forEach(r -> out.addAll(r.fields()));
      return out;
    }
    return SpecVocabulary.allHeaderFields();
  }

  /** The header type {@code name} is bound to by a {@code name = pop_header(T...)} line, if any. */
  static Optional<HeaderType> poppedType(String text, String name) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<Token> tokens = SpecLexer.lex(text);
    for (int i = 0; i + 4 < tokens.size(); i++) {
      if (tokens.get(i).text().equals(name) && tokens.get(i + 1).text().equals("=")
          && tokens.get(i + 2).text().equals("pop_header") && tokens.get(i + 3).text().equals("(")) {
        Optional<HeaderType> t = HeaderType.bySpecName(tokens.get(i + 4).text());
        if (t.isPresent()) {
          return t;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> anywhere(String text, Optional<NfInterface> nf) {
    List<String> out = new ArrayList<>();
    nf.ifPresent(n -> out.addAll(n.stateObjects().keySet()));
    out.addAll(SpecLexer.importedStateObjects(text));
    out.addAll(SpecVocabulary.BUILTINS);
    out.addAll(SpecVocabulary.inputs());
    out.addAll(SpecVocabulary.headerTypes());
    nf.ifPresent(n -> out.addAll(n.configNames()));
    nf.ifPresent(n -> out.addAll(n.constants().keySet()));
    nf.ifPresent(n -> out.addAll(n.recordTypes().keySet()));
    for (Token t : SpecLexer.lex(text)) {
      if (t.kind() == TokenKind.CONSTANT) {
        out.add(t.text());
      }
    }
    out.addAll(SpecVocabulary.TCP_FLAGS);
    out.addAll(List.of("from", "import", "if", "elif", "else", "return", "pass", "assert", "and",
        "or", "not", "in", "True", "False"));
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
