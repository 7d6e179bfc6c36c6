package dev.vigor.editor;

import dev.vigor.engine.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Computes the CSS style classes of every character: token highlighting plus diagnostic squiggles. */
public final class SpecStyles {
  private SpecStyles() {}

  /** The style class that underlines a diagnostic of {@code severity}, e.g. {@code squiggle-error}. */
  public static String squiggleClass(dev.vigor.engine.diag.Severity severity) {
    return "squiggle-" + severity.name().toLowerCase(Locale.ROOT);
  }

  /** Token highlighting of {@code text}. */
  public static StyleSpans<Collection<String>> highlighting(String text) {
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    int at = 0;
    for (Token t : SpecLexer.lex(text)) {
      if (t.start() > at) {
        b.add(Collections.emptyList(), t.start() - at);
      }
      b.add(List.of(t.kind().styleClass()), t.end() - t.start());
      at = t.end();
    }
    b.add(Collections.emptyList(), text.length() - at);
    return b.create();
  }

  /** Squiggle classes for {@code diagnostics} (all in this text), nothing elsewhere. */
  public static StyleSpans<Collection<String>> squiggles(String text, List<Diagnostic> diagnostics) {
    TextPositions positions = new TextPositions(text);
    // Per-character severity class, most severe wins where diagnostics overlap.
    String[] marks = new String[text.length()];
    int[] rank = new int[text.length()];
    for (Diagnostic d : diagnostics) {
      int[] r = positions.range(d.location());
      int severityRank = 3 - d.severity().ordinal();
      for (int i = r[0]; i < r[1]; i++) {
        if (severityRank > rank[i]) {
          rank[i] = severityRank;
          marks[i] = squiggleClass(d.severity());
        }
      }
    }
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    int i = 0;
    while (i < marks.length) {
      int j = i;
      while (j < marks.length && java.util.Objects.equals(marks[j], marks[i])) {
        j++;
      }
      b.add(marks[i] == null ? Collections.emptyList() : List.of("squiggle", marks[i]), j - i);
      i = j;
    }
    b.add(Collections.emptyList(), 0);
    return b.create();
  }

  /** Highlighting and squiggles of {@code text} together. */
  public static StyleSpans<Collection<String>> of(String text, List<Diagnostic> diagnostics) {
    StyleSpans<Collection<String>> base = highlighting(text);
    if (diagnostics.isEmpty() || text.isEmpty()) {
      return base;
    }
    return base.overlay(squiggles(text, diagnostics), (a, b) -> {
      if (b.isEmpty()) {
        return a;
      }
      List<String> both = new ArrayList<>(a);
      both.addAll(b);
      return both;
    });
  }
}
