package dev.vigor.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which property an offset on an import line names (what F12 and Ctrl+click open). */
class ImportLinksTest {
  private static final String TEXT =
      "import learn  # defines h\nfrom state import static_macs\n  import a, bcd\nx = 1\n";

  @Test
  void anywhereOnAnImportLineNamesItsProperty() {
    assertEquals(Optional.of("learn"), ImportLinks.nameAt(TEXT, 0));
    assertEquals(Optional.of("learn"), ImportLinks.nameAt(TEXT, 9));
    assertEquals(Optional.of("learn"), ImportLinks.nameAt(TEXT, 20), "on the comment: still the import");
  }

  @Test
  void onAListTheNameUnderTheOffsetWins() {
    int line3 = TEXT.indexOf("  import a");
    assertEquals(Optional.of("a"), ImportLinks.nameAt(TEXT, line3 + 9));
    assertEquals(Optional.of("bcd"), ImportLinks.nameAt(TEXT, line3 + 13));
    assertEquals(Optional.of("a"), ImportLinks.nameAt(TEXT, line3), "before the names: the first");
  }

  @Test
  void stateImportsAndOtherLinesNameNothing() {
    assertEquals(Optional.empty(), ImportLinks.nameAt(TEXT, TEXT.indexOf("static_macs")));
    assertEquals(Optional.empty(), ImportLinks.nameAt(TEXT, TEXT.indexOf("x = 1")));
    assertEquals(Optional.empty(), ImportLinks.nameAt("", 0));
  }
}
