package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.SpecPrinter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Printing the IR gives a spec that checks again to the same IR: the front-end is consistent. */
class SpecPrinterTest {
  @ParameterizedTest
  @ValueSource(strings = {"bridge.py", "fw.py", "nat.py", "features.py", "broadcast.py", "bridge_props.py",
      "branches.py"})
  void printedSpecsCheckToTheSameSpec(String name) {
    for (Optional<NfInterface> nf : java.util.List.of(Optional.of(TestInterfaces.catalog()), Optional.<NfInterface>empty())) {
      Spec spec = GoodSpecsTest.check(name, nf);
      String printed = SpecPrinter.print(spec);
      Path where = TestInterfaces.resources().resolve("good/printed_" + name);
      SpecCheckResult again = SpecChecker.checkText(where, printed, GoodSpecsTest.SEARCH, nf);
      assertTrue(again.ok(), printed + "\n" + again.diagnostics().stream().map(Diagnostic::format)
          .collect(Collectors.joining("\n")));
      assertEquals(printed, SpecPrinter.print(again.spec().orElseThrow()));
      assertEquals(1, again.files().size(), "the printed spec is self-contained");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bridge.py"})
  void theImplicitElseIsWrittenOut(String name) {
    String printed = SpecPrinter.print(GoodSpecsTest.check(name, Optional.of(TestInterfaces.catalog())));
    assertTrue(printed.contains("""
        if stat_map.has(key):
            out = stat_map.get(key)
            if (out == received_on_port):
                return ([], [])
            else:
                return ([out], [ether(h)])
        else:
        """), printed);
  }
}
