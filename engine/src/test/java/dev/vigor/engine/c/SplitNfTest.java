package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import org.junit.jupiter.api.Test;

/**
 * An NF in several .c files sharing a header: one program, header helpers once, calls across
 * files; a file that does not include <vigor/nf.h> needs no NF_DEVICE_COUNT, two files that
 * define it differently are an error.
 */
class SplitNfTest {
  @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp;

  @Test
  void translationUnitsMergeIntoOneProgram() {
    Program p = GoodNfTest.compile("split");
    Function process = p.function("nf_process").orElseThrow();
    assertTrue(GoodNfTest.stores(process.body()).size() > 0);
    Function choose = p.function("choose_device").orElseThrow();
    assertEquals("b_policy.c", choose.loc().file());
    assertTrue(p.function("nf_ipv4_header").isPresent());
    // bool known = eth;  -> a pointer converted to _Bool as (eth != NULL), typed _Bool
    Stmt.Store known = GoodNfTest.stores(choose.body()).stream()
        .filter(s -> s.address() instanceof Expr.LocalAddress a && a.local().equals("known")).findFirst().orElseThrow();
    assertEquals(CType.BOOL, known.value().type());
    assertTrue(((Expr.Convert) known.value()).operand() instanceof Expr.Binary b && b.op() == Expr.BinaryOp.NE
        && b.right() instanceof Expr.NullPointer);
    assertEquals("c_bits.c", p.function("swap_bytes").orElseThrow().loc().file());
    assertEquals(2, p.deviceCount());
  }

  @Test
  void twoFilesDefiningOtherDeviceCountsAreAnError() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(tmp.resolve("split"));
    try (var files = java.nio.file.Files.list(NfPaths.resource("good/split"))) {
      for (java.nio.file.Path f : files.toList()) {
        java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    java.nio.file.Files.writeString(dir.resolve("d_other.c"),
        "#define NF_DEVICE_COUNT 3\n#include <vigor/nf.h>\n");
    DiagnosticException e = org.junit.jupiter.api.Assertions.assertThrows(DiagnosticException.class,
        () -> CFrontEnd.compile(dir, NfPaths.libvigInclude()));
    String all = e.diagnostics().toString();
    assertTrue(all.contains("d_other.c:1:") && all.contains("NF_DEVICE_COUNT is 3 here and 2 in"
        + " another source file"), all);
  }
}
