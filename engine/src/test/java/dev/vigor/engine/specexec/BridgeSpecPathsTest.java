package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.VectorContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bridge spec's symbolic paths: their number, shapes, and the state terms they build. */
class BridgeSpecPathsTest {
  static CatalogSpec bridge;

  @BeforeAll
  static void load() throws Exception {
    bridge = CatalogSpec.load("bridge");
  }

  @Test
  void sixteenPathsShortFrameDropsUnknownDestinationIsBroadcast() {
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = bridge.inputs(ctx);
      List<SpecPath> paths = new SymbolicSpecInterpreter(bridge.spec(), bridge.shapes(),
          bridge.layouts()).paths(in);
      // 1 short frame + 3 learning cases (known, new, full) x 5 forwarding cases.
      assertEquals(16, paths.size());

      SpecPath shortFrame = paths.stream().filter(p -> p.outcome() instanceof SpecOutcome.Sent<?> s
          && s.mismatch()).findFirst().orElseThrow();
      assertEquals(1, shortFrame.decisions().size());
      assertTrue(((SpecOutcome.Sent<?>) shortFrame.outcome()).isDrop());
      in.states().forEach((name, s) -> assertEquals(s.pre(), shortFrame.finalStates().get(name),
          "no state change on a short frame: " + name));
      assertEquals(1, paths.stream().filter(p -> p.outcome() instanceof SpecOutcome.Sent<?> s
          && s.mismatch()).count());

      long broadcasts = paths.stream().filter(p -> p.outcome() instanceof SpecOutcome.Sent<?> s
          && s.ports() instanceof SpecOutcome.Broadcast<?>).count();
      assertEquals(3, broadcasts, "unknown destination, after each learning case");
      long drops = paths.stream().filter(p -> p.outcome() instanceof SpecOutcome.Sent<?> s
          && s.isDrop()).count();
      assertEquals(1 + 3 * 2, drops, "short frame, and static-drop/same-port for static and learned");
      paths.forEach(p -> assertInstanceOf(SpecOutcome.Sent.class, p.outcome()));
      // Each path ends at a return or the pop_header, so each has a deciding location.
      paths.forEach(p -> assertTrue(p.outcome().at().isPresent()));
    }
  }

  @Test
  void learningBuildsTheContractsOwnTerms() {
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = bridge.inputs(ctx);
      List<SpecPath> paths = new SymbolicSpecInterpreter(bridge.spec(), bridge.shapes(),
          bridge.layouts()).paths(in);
      EmapContract macs = ((SymbolicState.Emap) in.states().get("dyn_macs")).contract();
      VectorContract ports = ((SymbolicState.Vector) in.states().get("dyn_ports")).contract();
      Expr<?> s0 = in.states().get("dyn_macs").pre();
      Expr<?> v0 = in.states().get("dyn_ports").pre();
      // What the NF's calls build: emap_expire(now - EXP_TIME), emap_add(src, now) -> index,
      // vector_set(index, {device}). The source MAC is the packet's bytes 6..11 in memory order.
      BitVecExpr expiry = ctx.mkBVSub(in.now(), ctx.mkBV(300_000_000_000L, 64));
      Expr<?> expired = macs.operation("emap_expire").orElseThrow()
          .nextState(s0, List.of(expiry), List.of(ctx.mkBV(0, 32)));
      BitVecExpr src = (BitVecExpr) in.packet().byteAt(ctx.mkBV(6, 32));
      for (int b = 7; b < 12; b++) {
        src = ctx.mkConcat(src, in.packet().byteAt(ctx.mkBV(b, 32)));
      }
      src = (BitVecExpr) src.simplify(); // as the spec domain makes keys
      Expr<?> added = macs.operation("emap_add").orElseThrow().nextState(expired,
          List.of(src, in.now()), List.of(ctx.mkTrue(), in.theIndexAllocated()));
      // struct DynamicValue {uint16_t device} in memory: little-endian, byte 0 most significant.
      BitVecExpr device = ctx.mkConcat(ctx.mkExtract(7, 0, in.receivedOnPort()),
          ctx.mkExtract(15, 8, in.receivedOnPort()));
      Expr<?> set = ports.operation("vector_set").orElseThrow().nextState(v0,
          List.of(in.theIndexAllocated(), device), List.of());

      long learnedNew = paths.stream()
          .filter(p -> p.finalStates().get("dyn_macs").equals(added)).count();
      assertEquals(5, learnedNew, "a new source is added on each forwarding case");
      paths.stream().filter(p -> p.finalStates().get("dyn_macs").equals(added)).forEach(p ->
          assertEquals(set, p.finalStates().get("dyn_ports")));
      // The steps chain from the pre-state to the final state, one contract operation each.
      SpecPath learning = paths.stream().filter(p -> p.finalStates().get("dyn_macs").equals(added))
          .findFirst().orElseThrow();
      assertEquals(List.of("emap_expire", "emap_add", "vector_set"), learning.steps().stream()
          .map(st -> st.operation().name()).toList());
      assertEquals(s0, learning.steps().get(0).before());
      assertEquals(expired, learning.steps().get(0).after());
      assertEquals(expired, learning.steps().get(1).before());
      assertEquals(added, learning.steps().get(1).after());
      assertEquals(set, learning.steps().get(2).after());
      // The companion: a path that does not learn builds another term.
      assertEquals(5, paths.stream().filter(p -> p.finalStates().get("dyn_macs").equals(expired))
          .count(), "a full table learns nothing but still expires");
      assertTrue(paths.stream().noneMatch(p -> p.finalStates().get("dyn_macs").equals(s0)
          && !(((SpecOutcome.Sent<?>) p.outcome()).mismatch())));
    }
  }

  @Test
  void pruningWithBackgroundDropsNoFeasiblePath() {
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = bridge.inputs(ctx);
      BoolExpr recvOk = ctx.mkBVULT(in.receivedOnPort(), ctx.mkBV(2, 16));
      List<SpecPath> pruned = new SymbolicSpecInterpreter(bridge.spec(), bridge.shapes(),
          bridge.layouts()).paths(in, List.of(recvOk));
      assertEquals(16, pruned.size(), "no bridge path is infeasible for a port below 2");
      // A background that rules out short frames removes exactly the mismatch path.
      BoolExpr longFrame = ctx.mkBVUGE(in.packet().length(), ctx.mkBV(14, 16));
      List<SpecPath> noShort = new SymbolicSpecInterpreter(bridge.spec(), bridge.shapes(),
          bridge.layouts()).paths(in, List.of(recvOk, longFrame));
      assertEquals(15, noShort.size());
      for (SpecPath p : noShort) {
        Solver s = ctx.mkSolver();
        s.add(recvOk, longFrame, p.condition(ctx));
        assertEquals(Status.SATISFIABLE, s.check());
      }
    }
  }

  @Test
  void pathsMentionTheKeysAndIndicesTheyUse() {
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = bridge.inputs(ctx);
      List<SpecPath> paths = new SymbolicSpecInterpreter(bridge.spec(), bridge.shapes(),
          bridge.layouts()).paths(in);
      SpecPath added = paths.stream().filter(p -> p.outcome() instanceof SpecOutcome.Sent<?> s
          && s.ports() instanceof SpecOutcome.Broadcast<?>
          && p.points().get("dyn_macs").indices().contains(in.theIndexAllocated()))
          .findFirst().orElseThrow();
      Map<String, dev.vigor.libvig.contract.Points> pts = added.points();
      // Source and destination MACs (each a 48-bit key), the allocated index.
      assertEquals(2, pts.get("dyn_macs").keys().size(), pts.toString());
      assertEquals(List.of(in.theIndexAllocated()), pts.get("dyn_ports").indices());
      assertEquals(1, pts.get("static_macs").keys().size());
      SpecPath shortFrame = paths.stream().filter(p -> p.decisions().size() == 1).findFirst()
          .orElseThrow();
      assertTrue(shortFrame.points().values().stream().allMatch(p -> p.keys().isEmpty()));
    }
  }
}
