package dev.vigor.engine.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import org.junit.jupiter.api.Test;

/** An NF in two .c files sharing a header: one program, header helpers once, calls across files. */
class SplitNfTest {
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
  }
}
