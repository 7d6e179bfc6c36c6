package dev.vigor.engine.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.diag.SourceLocation;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** IrInvariants does find broken IR (so the front-end tests that run it can fail). */
class IrInvariantsSelfTest {
  private static final SourceLocation AT = SourceLocation.of("t.c", 1, 1);

  @Test
  void reportsTypeMismatchesUnknownNamesAndStrayBreaks() {
    Function.Local x = new Function.Local("x", "x", CType.INT, false, AT);
    Function.Local t = new Function.Local("$t1", "$t1", CType.INT, true, AT);
    Expr xAddr = new Expr.LocalAddress("x", new CType.Pointer(CType.INT, false), AT);
    List<Stmt> body = List.of(
        new Stmt.Store(xAddr, new Expr.IntConst(BigInteger.ONE, CType.LONG, AT), AT),
        new Stmt.Break(AT),
        new Stmt.Call("nowhere", List.of(), null, AT),
        new Stmt.Return(new Expr.Load(new Expr.LocalAddress("y", new CType.Pointer(CType.INT, false), AT), CType.INT, AT), AT));
    Function f = new Function("f", CType.INT, List.of(), List.of(x, t), body, AT);
    Program p = new Program(Map.of("f", f), Map.of(), List.of(), Map.of(), 1);
    assertEquals(List.of(
        "f: store of long through int * at t.c:1:1",
        "f: break/continue outside a loop at t.c:1:1",
        "f: call to undefined nowhere",
        "f: unknown local y at t.c:1:1",
        "f: temporary $t1 is never used"), IrInvariants.check(p));
  }
}
