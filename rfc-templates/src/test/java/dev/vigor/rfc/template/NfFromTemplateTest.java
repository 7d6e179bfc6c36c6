package dev.vigor.rfc.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template started for an NF becomes a new NF folder (the NF's code plus the template) whose
 * spec and properties check clean against that NF, with no error and no warning, and verify.
 */
class NfFromTemplateTest {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  private final TemplateCatalog catalog = TemplateCatalog.load();
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"bridge", "firewall"})
  void theNewNfChecksCleanAgainstItsCodeAndVerifies(String name) throws Exception {
    Path target = tmp.resolve("my-" + name);
    List<Path> written = NfFromTemplate.create(catalog, catalog.find(name).orElseThrow(), CATALOG.resolve(name), target);
    assertEquals(target.resolve("spec.py"), written.get(0));
    assertTrue(Files.readString(target.resolve("nf.properties")).contains("name = my-" + name));
    var nf = Optional.of(SpecInterfaces.of(LoadedNf.load(target)));
    ImportSearch search = new ImportSearch(Optional.of(target.resolve("props")), List.of());
    List<Path> specs = written.stream().filter(p -> p.toString().endsWith(".py")).toList();
    for (Path f : specs) {
      SpecCheckResult r = SpecChecker.check(f, search, nf);
      // clean, but for a stub property saying it says nothing yet
      boolean stub = f.getParent().endsWith("props");
      assertTrue(r.diagnostics().stream().allMatch(d -> stub && SpecChecker.isEmptySpecWarning(d)),
          f + ": " + r.diagnostics());
    }
    // The stubs say nothing yet (they pass), so the NF is trivially right: verified, not refused.
    Verification.Result result = Verification.run(target, LoadedNf.load(target), List.of(target.resolve("spec.py")), 60_000);
    assertEquals(Verdict.PROVED, result.specs().get(0).verdict(), result.specs().get(0).diagnostics().toString());
  }

  @Test
  void anNfWithoutTheTemplatesStateIsRefusedSayingWhatToPick() {
    DiagnosticException e = assertThrows(DiagnosticException.class, () ->
        NfFromTemplate.create(catalog, catalog.find("nat").orElseThrow(), CATALOG.resolve("bridge"), tmp.resolve("n")));
    String message = e.diagnostics().get(0).message();
    assertTrue(message.contains("the nat template talks about flow_emap, flow_vals, but the NF bridge does not"
        + " export flow_emap, flow_vals (it exports dyn_macs, dyn_ports, static_macs); pick an NF that exports them"), message);
    assertFalse(Files.exists(tmp.resolve("n")));
  }

  @Test
  void aFolderInUseIsNeverWrittenInto() throws Exception {
    Path target = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(target.resolve("mine.txt"), "keep");
    DiagnosticException e = assertThrows(DiagnosticException.class, () ->
        NfFromTemplate.create(catalog, catalog.find("bridge").orElseThrow(), CATALOG.resolve("bridge"), target));
    assertTrue(e.diagnostics().get(0).message().contains("not empty"), e.getMessage());
    try (var left = Files.list(target)) {
      assertEquals(List.of(target.resolve("mine.txt")), left.toList());
    }
  }
}
