package dev.vigor.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class SpecStylesTest {
  private static final String TEXT = "a = 1\nif x = 3\n";

  private static Diagnostic at(Severity s, int line, int col, int len) {
    return new Diagnostic(s, new SourceLocation("spec.py", line, col, len), "m");
  }

  /** The style classes of every character. */
  private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
    List<Collection<String>> out = new ArrayList<>();
    for (StyleSpan<Collection<String>> span : spans) {
      for (int i = 0; i < span.getLength(); i++) {
        out.add(span.getStyle());
      }
    }
    return out;
  }

  @Test
  void rangesFollowLineColumnLengthAndStayOnTheLine() {
    TextPositions p = new TextPositions(TEXT);
    assertArrayEquals(new int[] {11, 12}, p.range(at(Severity.ERROR, 2, 6, 1).location()));
    assertArrayEquals(new int[] {9, 14}, p.range(at(Severity.ERROR, 2, 4, 99).location()));
    assertArrayEquals(new int[] {7, 8}, p.range(at(Severity.ERROR, 2, 2, 0).location()));
    // At the end of a line: the last character instead.
    assertArrayEquals(new int[] {4, 5}, p.range(at(Severity.ERROR, 1, 6, 0).location()));
    assertEquals(3, p.lineCount());
  }

  @Test
  void squigglesMarkExactlyTheDiagnosticsCharactersMostSevereFirst() {
    List<Collection<String>> styles = perChar(SpecStyles.of(TEXT, List.of(
        at(Severity.NOTE, 2, 1, 8), at(Severity.ERROR, 2, 6, 1))));
    assertEquals(TEXT.length(), styles.size());
    for (int i = 0; i < TEXT.length(); i++) {
      boolean onLine2 = i >= 6 && i < 14;
      String expected = i == 11 ? "squiggle-error" : onLine2 ? "squiggle-note" : null;
      for (String severity : List.of("squiggle-error", "squiggle-note")) {
        assertEquals(severity.equals(expected), styles.get(i).contains(severity), "char " + i + " " + styles.get(i));
      }
    }
    assertEquals(true, styles.get(6).contains("keyword"), "highlighting kept under squiggles");
  }
}
