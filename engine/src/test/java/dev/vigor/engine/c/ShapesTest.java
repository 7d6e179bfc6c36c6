package dev.vigor.engine.c;

import static dev.vigor.engine.c.GoodNfTest.loops;
import static dev.vigor.engine.c.GoodNfTest.stores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.ConstGlobal;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.IntKind;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The less common shapes of good/shapes/shapes.c, lowered as the IR contract says. */
class ShapesTest {
  static Program p;

  @BeforeAll
  static void compile() {
    p = GoodNfTest.compile("shapes");
  }

  @Test
  void constGlobalsAndConfig() {
    ConstGlobal table = p.globals().get("table");
    assertEquals(new CType.Array(new CType.Int(IntKind.USHORT), 8), table.type());
    assertEquals(List.of(new ConstGlobal.Init(4, new CType.Int(IntKind.USHORT), BigInteger.valueOf(7)),
        new ConstGlobal.Init(10, new CType.Int(IntKind.USHORT), BigInteger.valueOf(9))), table.init());
    assertEquals(List.of(new ConstGlobal.Init(4, new CType.Int(IntKind.UINT), BigInteger.valueOf(42))), p.globals().get("origin").init());
    assertTrue(p.globals().get("external_addr").config());
    // T a[] = {...}: the length comes from the initializer, designators included
    assertEquals(new CType.Array(p.struct("pair").orElseThrow(), 4), p.globals().get("pairs").type());
    assertEquals(List.of(new ConstGlobal.Init(0, new CType.Int(IntKind.UCHAR), BigInteger.ONE),
        new ConstGlobal.Init(4, new CType.Int(IntKind.UINT), BigInteger.TWO),
        new ConstGlobal.Init(24, new CType.Int(IntKind.UCHAR), BigInteger.valueOf(4))), p.globals().get("pairs").init());
    assertEquals(8, p.struct("pair").orElseThrow().size());
    assertEquals(4, p.struct("pair").orElseThrow().field("b").orElseThrow().offset());
    assertEquals(16, p.struct("nested").orElseThrow().size());
    assertEquals(8, p.struct("nested").orElseThrow().field("tail").orElseThrow().offset());
  }

  @Test
  void shortCircuitWithACallBecomesAnIfOverATemporary() {
    Function f = p.function("short_circuit").orElseThrow();
    // if (k->a != 0 && found(k)): t = (k->a != 0); if (t) { call found; t = result != 0 }; if (t) ...
    Stmt.Store t0 = (Stmt.Store) f.body().get(0);
    Stmt.If guard = (Stmt.If) f.body().get(1);
    assertTrue(guard.then().get(0) instanceof Stmt.Call c && c.function().equals("found"));
    assertTrue(guard.then().get(1) instanceof Stmt.Store s && s.address().equals(t0.address()));
    assertTrue(f.body().get(2) instanceof Stmt.If);
    // map_get(...) && c == GREEN in found: the right operand is pure, so one lazy Binary
    Function found = p.function("found").orElseThrow();
    Stmt.Return r = (Stmt.Return) found.body().get(found.body().size() - 1);
    Expr.Convert toBool = (Expr.Convert) r.value();
    assertEquals(CType.BOOL, toBool.type());
    assertEquals(Expr.BinaryOp.LOGICAL_AND, ((Expr.Binary) toBool.operand()).op());
  }

  @Test
  void countingLoopsDownUpAndOnce() {
    List<Stmt.Loop> ls = loops(p.function("counting").orElseThrow().body());
    assertEquals(8, ls.get(0).maxIterations()); // for (i = slot_count - 1; i >= 0; i--): const global folds
    assertEquals(16384, ls.get(1).maxIterations()); // while (j < n) {...; j += 4;} with n a uint16_t
    assertEquals(1, ls.get(2).maxIterations()); // do { } while (0)
    assertTrue(!ls.get(2).testFirst());
    assertEquals(6, ls.get(3).maxIterations()); // r < rounds, a const local with a constant value
    // table[i]: an element of a const global array with its length for the bounds check
    Expr.ElementAddress e = (Expr.ElementAddress) ((Expr.Load) ((Expr.Convert) ((Expr.Binary) stores(ls.get(0).body()).get(0).value()).right()).operand()).address();
    assertEquals(8, e.arrayLength());
    assertTrue(e.base() instanceof Expr.GlobalAddress g && g.global().equals("table"));
  }

  @Test
  void valuesPostfixPointerArithmeticAndInitializers() {
    Function f = p.function("values").orElseThrow();
    List<Stmt.Store> ss = stores(f.body());
    // struct nested nest = {{1, 2}, {3, 4, 5}}: zero, then 5 scalar stores
    assertTrue(ss.get(0).value() instanceof Expr.Zero z && z.type().equals(p.struct("nested").orElseThrow()));
    // int old = k++: old value saved to a temporary before k is updated
    Stmt.Store save = ss.stream().filter(s -> s.address() instanceof Expr.LocalAddress a && a.local().startsWith("$t")).findFirst().orElseThrow();
    assertTrue(save.value() instanceof Expr.Load l && ((Expr.LocalAddress) l.address()).local().equals("k"));
    // p += 2: pointer arithmetic in elements of uint8_t
    Stmt.Store bump = ss.stream().filter(s -> s.address() instanceof Expr.LocalAddress a && a.local().equals("p")
        && s.value() instanceof Expr.ElementAddress).findFirst().orElseThrow();
    assertEquals(1, ((Expr.ElementAddress) bump.value()).elementSize());
    // *p = (uint8_t)sizeof nest: sizeof is a size_t constant 16
    Stmt.Store sz = ss.stream().filter(s -> s.address() instanceof Expr.Load).findFirst().orElseThrow();
    assertEquals(BigInteger.valueOf(16), ((Expr.IntConst) sz.value()).value());
    // '\n' is an int constant 10 converted to uint8_t
    assertTrue(ss.stream().anyMatch(s -> s.value() instanceof Expr.IntConst c && c.value().intValue() == 10
        && c.type().equals(new CType.Int(IntKind.UCHAR))));
  }

  @Test
  void switchBecomesAnIfChainWithDefaultLast() {
    Function f = p.function("classify").orElseThrow();
    // r = fallback; $t = (int) proto; if (t == 6) {r = 1} else if (t == 17 || t == 136) {return 2}
    //   else if (t == 'x') {loop} else {r = -1}
    Stmt.If tcp = (Stmt.If) f.body().get(2);
    assertEquals(BigInteger.valueOf(6), ((Expr.IntConst) ((Expr.Binary) tcp.cond()).right()).value());
    assertEquals(1, tcp.then().size()); // the trailing break is gone
    Stmt.If udp = (Stmt.If) tcp.otherwise().get(0);
    assertEquals(Expr.BinaryOp.LOGICAL_OR, ((Expr.Binary) udp.cond()).op());
    assertTrue(udp.then().get(0) instanceof Stmt.Return);
    Stmt.If x = (Stmt.If) udp.otherwise().get(0);
    assertEquals(BigInteger.valueOf('x'), ((Expr.IntConst) ((Expr.Binary) x.cond()).right()).value());
    assertTrue(x.then().get(x.then().size() - 1) instanceof Stmt.Loop);
    assertTrue(x.otherwise().get(0) instanceof Stmt.Store s && ((Expr.IntConst) s.value()).value().intValue() == -1);
  }

  @Test
  void boundedMapAndExports() {
    assertEquals("colors", p.exportedState().get(0).specName());
    Expr.Binary bound = (Expr.Binary) p.object("colors").orElseThrow().bound();
    assertEquals(Expr.BinaryOp.LE, bound.op());
    assertEquals(BigInteger.valueOf(6), ((Expr.IntConst) bound.right()).value()); // BLUE = GREEN + 1
    assertEquals(3, p.deviceCount());
  }
}
