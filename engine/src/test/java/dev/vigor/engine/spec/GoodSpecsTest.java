package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every good spec checks clean with and without an NF interface. */
class GoodSpecsTest {
  static final ImportSearch SEARCH =
      new ImportSearch(Optional.of(TestInterfaces.resources().resolve("good/props")), List.of());

  static Spec check(String name, Optional<NfInterface> nf) {
    Path file = TestInterfaces.resources().resolve("good/" + name);
    SpecCheckResult r = SpecChecker.check(file, SEARCH, nf);
    String errors = r.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    assertTrue(r.ok(), name + ":\n" + errors);
    assertFalse(r.diagnostics().stream().anyMatch(d -> d.severity() == dev.vigor.engine.diag.Severity.WARNING),
        errors);
    return r.spec().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bridge.py", "fw.py", "nat.py", "features.py", "broadcast.py", "bridge_props.py",
      "props/learn.py", "props/paygo-no_loop.py", "branches.py", "lpm_reads.py"})
  void checksCleanAgainstTheNf(String name) {
    Spec spec = check(name, Optional.of(TestInterfaces.catalog()));
    assertFalse(spec.body().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bridge.py", "fw.py", "nat.py", "features.py", "broadcast.py", "bridge_props.py",
      "props/learn.py", "props/paygo-no_loop.py", "../vigor/lb_style.py", "branches.py"})
  void checksCleanWithoutAnNf(String name) {
    Spec spec = check(name, Optional.empty());
    assertFalse(spec.body().isEmpty());
    spec.stateObjects().values().forEach(o -> assertEquals(dev.vigor.engine.spec.ir.StateKind.UNKNOWN, o.kind()));
  }
}
