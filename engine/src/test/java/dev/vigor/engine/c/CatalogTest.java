package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.ir.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every NF of the catalog (a folder with .c files) compiles, with both entry points. */
class CatalogTest {
  @TestFactory
  Stream<DynamicTest> everyCatalogNfCompiles() throws IOException {
    List<Path> nfs;
    try (Stream<Path> s = Files.list(NfPaths.catalog())) {
      nfs = s.filter(Files::isDirectory).filter(CatalogTest::hasC).sorted().toList();
    }
    assertTrue(nfs.stream().anyMatch(p -> p.getFileName().toString().equals("nop")), "the catalog has at least nop");
    return nfs.stream().map(nf -> DynamicTest.dynamicTest(nf.getFileName().toString(), () -> {
      try {
        Program p = CFrontEnd.compile(nf, NfPaths.libvigInclude());
        assertTrue(p.function("nf_init").isPresent() && p.function("nf_process").isPresent());
        assertTrue(p.deviceCount() >= 1);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), dev.vigor.engine.ir.IrInvariants.check(p));
      } catch (DiagnosticException e) {
        fail(nf + " is rejected:\n" + String.join("\n", e.diagnostics().stream().map(Diagnostic::format).toList()));
      }
    }));
  }

  private static boolean hasC(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.toString().endsWith(".c"));
    } catch (IOException e) {
      return false;
    }
  }
}
