package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.StateKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Early Vigor properties wrote {@code break} for {@code pass}, used state objects the NF's data
 * spec declared without importing them, and spelled headers as DPDK does; without an NF interface
 * they are accepted with a warning at each place, and with one the missing import stays an error.
 */
class EarlyVigorStyleTest {
  private static final Path FILE = TestInterfaces.resources().resolve("vigor/early_style.py");

  @Test
  void acceptedWithoutAnNfWithAWarningAtEachPlace() {
    SpecCheckResult r = SpecChecker.check(FILE, ImportSearch.none(), Optional.empty());
    List<String> warnings = r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
    assertTrue(r.ok(), r.diagnostics().stream().map(Diagnostic::format).toList().toString());
    Spec spec = r.spec().orElseThrow();
    assertTrue(spec.stateObjects().keySet().containsAll(List.of("macs", "ports", "pinned")),
        spec.stateObjects().keySet().toString());
    assertEquals(3, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("9:5 break is the early Vigor spelling of pass"), warnings.toString());
    assertTrue(warnings.get(1).startsWith("12:5 ports is not imported; taken as a state object"),
        warnings.toString());
    assertTrue(warnings.get(2).startsWith("13:15 pinned is not imported"), warnings.toString());
  }

  @Test
  void withAnNfTheMissingImportIsAnError() {
    NfInterface nf = NfInterface.builder()
        .state("macs", StateKind.EMAP, NfInterface.INT, NfInterface.INT)
        .state("ports", StateKind.VECTOR, NfInterface.INT, "PortOf")
        .state("pinned", StateKind.MAP, NfInterface.INT, NfInterface.INT)
        .record("PortOf", "device")
        .devices(2)
        .build();
    SpecCheckResult r = SpecChecker.check(FILE, ImportSearch.none(), Optional.of(nf));
    List<String> errors = r.errors().stream()
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
    assertFalse(r.ok());
    assertTrue(errors.get(0).startsWith("12:5 ports is not imported"), errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("13:15 pinned is not imported")),
        errors.toString());
  }
}
