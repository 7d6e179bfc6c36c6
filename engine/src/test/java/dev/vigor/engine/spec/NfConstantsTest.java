package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.StateKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec may name the constants its NF's nf.properties declares ({@code constant.NAME}) without
 * assigning them; an UPPERCASE name neither assigned nor declared says where to define it.
 */
class NfConstantsTest {
  @TempDir Path dir;

  static final NfInterface NF = NfInterface.builder()
      .state("counts", StateKind.MAP, NfInterface.INT, NfInterface.INT)
      .constant("LIMIT", 100)
      .devices(2)
      .build();

  private SpecCheckResult check(String text) throws Exception {
    Path f = dir.resolve("spec.py");
    Files.writeString(f, text);
    return SpecChecker.check(f, new ImportSearch(Optional.of(dir), List.of()), Optional.of(NF));
  }

  @Test
  void aDeclaredConstantIsANumber() throws Exception {
    SpecCheckResult r = check("""
        from state import counts
        if packet_size > LIMIT:
            return DROP
        """);
    assertTrue(r.ok(), r.diagnostics().toString());
  }

  @Test
  void anUndeclaredConstantSaysWhereToDefineIt() throws Exception {
    SpecCheckResult r = check("""
        from state import counts
        if packet_size > WINDOW:
            return DROP
        """);
    List<Diagnostic> errors = r.errors();
    assertEquals(1, errors.size(), errors.toString());
    String m = errors.get(0).message();
    assertEquals(2, errors.get(0).location().line());
    assertTrue(m.startsWith("unknown name WINDOW"), m);
    assertTrue(m.contains("constants (LIMIT)"), m);
    assertTrue(m.contains("assign WINDOW above this line (WINDOW = 10), or declare it in the NF's"
        + " nf.properties as constant.WINDOW = 10"), m);
  }
}
