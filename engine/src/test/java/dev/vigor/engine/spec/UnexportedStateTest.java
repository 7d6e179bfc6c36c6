package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.StateKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A spec importing a libVig object the NF declares but does not export is told how to export it;
 * a name the NF has no object of still gets the list of what it exports.
 */
class UnexportedStateTest {
  private static final NfInterface NF = NfInterface.builder()
      .state("stations", StateKind.EMAP, NfInterface.INT, NfInterface.INT)
      .unexported("where").build();

  private static List<String> errors(String text) {
    return SpecChecker.checkText(Path.of("spec.py"), text, ImportSearch.none(), Optional.of(NF))
        .errors().stream().map(Diagnostic::format).toList();
  }

  @Test
  void anObjectTheNfDoesNotExportIsNamedWithTheFix() {
    assertEquals(List.of("spec.py:1:19: error: unknown state object where; the NF's C has a"
        + " libVig object where but does not export it: add NF_EXPORT_STATE(where, \"where\")"
        + " after its declaration"), errors("from state import where\npass\n"));
  }

  @Test
  void anObjectTheNfDoesNotHaveListsTheExportedOnes() {
    assertEquals(List.of("spec.py:1:19: error: unknown state object wher; the NF exports"
        + " stations"), errors("from state import wher\npass\n"));
  }
}
