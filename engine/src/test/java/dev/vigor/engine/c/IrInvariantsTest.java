package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.ir.IrInvariants;
import dev.vigor.engine.ir.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IR of every good NF keeps the structural promises interpreters rely on. */
class IrInvariantsTest {
  @Test
  void goodNfsProduceWellFormedIr() throws Exception {
    for (String nf : List.of("bridge", "firewall", "shapes", "split")) {
      Program p = GoodNfTest.compile(nf);
      assertEquals(List.of(), IrInvariants.check(p), nf);
    }
    Program nop = CFrontEnd.compile(NfPaths.catalog().resolve("nop"), NfPaths.libvigInclude());
    assertEquals(List.of(), IrInvariants.check(nop), "nop");
  }
}
