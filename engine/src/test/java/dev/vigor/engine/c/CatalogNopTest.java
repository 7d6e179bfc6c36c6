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

class CatalogNopTest {
  @Test
  void nopCompilesWithItsEntryPointsAndDeviceCount() throws DiagnosticException {
    Program p = CFrontEnd.compile(NfPaths.catalog().resolve("nop"), NfPaths.libvigInclude());
    assertEquals(2, p.deviceCount());
    Function process = p.function("nf_process").orElseThrow();
    assertEquals(CType.INT, process.returnType());
    assertEquals(4, process.params().size());
    assertTrue(p.exportedState().isEmpty());
    // return device == 0 ? 1 : 0;  -> a Return of a Conditional over (int)device == 0
    Stmt last = process.body().get(process.body().size() - 1);
    assertTrue(last instanceof Stmt.Return r && r.value() instanceof Expr.Conditional, last.toString());
    assertEquals("nop.c", last.loc().file());
    assertEquals(13, last.loc().line());
    // the header helpers came along, compiled like NF code
    assertTrue(p.function("nf_ipv4_header").isPresent());
    assertTrue(p.function("nf_ether_addr_eq").isPresent());
  }
}
