package dev.vigor.rfc.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every template produces files the real spec checker accepts, as `vigor check` would run it. */
class TemplatesPassSpecCheckTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyTemplateChecksClean() {
    TemplateCatalog catalog = TemplateCatalog.load();
    assertFalse(catalog.templates().isEmpty());
    return catalog.templates().stream()
        .map(
            t ->
                DynamicTest.dynamicTest(
                    t.name(),
                    () -> {
                      Path target = tmp.resolve(t.name());
                      List<Path> written = catalog.instantiate(t, target, false);
                      ImportSearch search =
                          new ImportSearch(Optional.of(target.resolve("props")), List.of());
                      int checked = 0;
                      for (Path f : written) {
                        if (!f.toString().endsWith(".py")) {
                          continue;
                        }
                        SpecCheckResult r = SpecChecker.check(f, search, Optional.empty());
                        // Warnings too: a fresh template must open clean (e.g. no import never
                        // mentioned); a property stub only says that it says nothing yet.
                        boolean stub = f.getParent().endsWith("props");
                        assertTrue(r.diagnostics().stream()
                            .allMatch(d -> stub && SpecChecker.isEmptySpecWarning(d)),
                            f + ": " + r.diagnostics());
                        checked++;
                      }
                      assertTrue(checked >= 2, t.name() + " wrote no spec and properties");
                    }));
  }

  /** The check above bites: a template file with a spec error is caught by the same checker. */
  @Test
  void theCheckerCatchesABrokenStub() throws Exception {
    Path bad = Files.writeString(tmp.resolve("bad.py"), "from state import m\nwhile True:\n    pass\n");
    SpecCheckResult r =
        SpecChecker.check(bad, new ImportSearch(Optional.empty(), List.of()), Optional.empty());
    assertTrue(r.diagnostics().stream().anyMatch(Diagnostic::isError), r.diagnostics().toString());
  }
}
