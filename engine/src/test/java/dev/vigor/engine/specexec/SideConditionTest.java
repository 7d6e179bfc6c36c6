package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.VectorContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a spec's values are meaningless, both interpreters say so, at the same places. */
class SideConditionTest {
  /** What a value that may not fit Dev's one field says: the field, its C type, the fields' order. */
  private static final String DEV_PORT_FITS =
      "the value for port (a uint16_t) may not fit it; Dev's fields are, in order, port; if that"
          + " is the order given, the value leaves the C type's range, where C wraps around and"
          + " the spec's numbers do not: reduce it (% 65536) or bound what the table stores";

  static final String SPEC = String.join("\n",
      "from state import flows, devs, counts",
      "x = 10 // (received_on_port - 1)",
      "i = flows[FlowId(x, 1)]",
      "if received_on_port == 3 and counts[5] == 0:",
      "    pass",
      "devs[i] = Dev(received_on_port + 70000)",
      "return DROP",
      "");

  static Spec spec() {
    SpecCheckResult r = SpecChecker.checkText(Path.of("meaningless.py"), SPEC, ImportSearch.none(),
        Optional.of(StateMethodTermsTest.NF));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r.spec().orElseThrow();
  }

  @Test
  void concreteRunsReportTheBrokenOnes() {
    Map<String, AbstractState> states = Map.of("flows", AbstractState.Emap.empty(16),
        "devs", new AbstractState.Vector(16, 16, Map.of()),
        "counts", new AbstractState.MapState(16, Map.of()));
    ConcreteSpecResult r = new ConcreteSpecInterpreter(spec(), StateMethodTermsTest.SHAPES,
        StateMethodTermsTest.LAYOUTS).run(new ConcreteSpecInputs(new byte[0], 0, 1, 0, 0, 0,
            Map.of(), 2, Optional.empty(), states));
    List<String> broken = r.brokenSideConditions().stream().map(Located::what).toList();
    assertEquals(List.of("division by zero", "read of a key that is not in the emap",
        DEV_PORT_FITS), broken);
    // Port 3: counts[5] is read (the `and` gets that far) and 5 is not in counts.
    ConcreteSpecResult three = new ConcreteSpecInterpreter(spec(), StateMethodTermsTest.SHAPES,
        StateMethodTermsTest.LAYOUTS).run(new ConcreteSpecInputs(new byte[0], 0, 3, 0, 0, 0,
            Map.of(), 2, Optional.empty(), states));
    assertTrue(three.brokenSideConditions().stream()
        .anyMatch(l -> l.what().equals("read of a key that is not in the map")));
    assertTrue(r.brokenSideConditions().stream()
        .noneMatch(l -> l.what().equals("read of a key that is not in the map")),
        "port 1: the `and` stops before counts[5]");
  }

  @Test
  void symbolicPathsCarryTheSameConditions() {
    try (Context ctx = new Context()) {
      EmapContract flows = EmapContract.create(ctx, "flows", 16, ctx.mkBitVecSort(64));
      VectorContract devs = VectorContract.create(ctx, "devs", 16, ctx.mkBitVecSort(16),
          x -> ctx.mkTrue());
      MapContract counts = MapContract.create(ctx, "counts", 16, ctx.mkBitVecSort(16),
          ctx.mkBitVecSort(32), x -> ctx.mkTrue());
      SymbolicSpecInputs in = new SymbolicSpecInputs(ctx, ArrayPacketTerms.fresh(ctx, "p", 8),
          ctx.mkBVConst("recv", 16), ctx.mkBVConst("now", 64), ctx.mkBVConst("i", 32),
          ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of(
              "flows", new SymbolicState.Emap(flows, flows.freshState("f0")),
              "devs", new SymbolicState.Vector(devs, devs.freshState("d0")),
              "counts", new SymbolicState.Map(counts, counts.freshState("c0"))));
      List<SpecPath> paths = new SymbolicSpecInterpreter(spec(), StateMethodTermsTest.SHAPES,
          StateMethodTermsTest.LAYOUTS).paths(in);
      assertEquals(2, paths.size());
      SpecPath main = paths.stream().filter(p -> !p.released()).findFirst().orElseThrow();
      BoolExpr divisor = main.sideConditions().stream()
          .filter(l -> l.what().equals("division by zero")).findFirst().orElseThrow().condition();
      Solver s = ctx.mkSolver();
      s.add(ctx.mkEq(in.receivedOnPort(), ctx.mkBV(1, 16)));
      assertEquals(Status.UNSATISFIABLE, s.check(divisor), "port 1 divides by zero");
      assertEquals(Status.SATISFIABLE, s.check(ctx.mkNot(divisor)));
      BoolExpr fits = main.sideConditions().stream()
          .filter(l -> l.what().equals(DEV_PORT_FITS)
              && l.at().line() == 6).findFirst().orElseThrow().condition();
      Solver f = ctx.mkSolver();
      assertEquals(Status.UNSATISFIABLE, f.check(fits), "port + 70000 never fits a uint16_t");
    }
  }
}
