package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.MapContract;
import dev.vigor.libvig.contract.VectorContract;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every state method a spec calls builds exactly the term the libVig contract's own next-state
 * builds for the NF's call with the same arguments (keys and elements as C bytes), and the
 * concrete interpreter's abstract states follow the same operations.
 */
class StateMethodTermsTest {
  static final String SPEC = String.join("\n",
      "from state import flows, devs, counts",
      "h = pop_header(ether, on_mismatch=([], []))",
      "k = FlowId(h.type, 7)",
      "if k in flows:",
      "    i = flows[k]",
      "    flows.refresh_idx(i, now)",
      "    flows.erase(k)",
      "    devs[i] = Dev(received_on_port)",
      "else:",
      "    counts[h.type] = 5",
      "    counts.erase(h.type + 1)",
      "return DROP",
      "");

  static final NfInterface NF = NfInterface.builder()
      .state("flows", StateKind.EMAP, "FlowId", NfInterface.INT)
      .state("devs", StateKind.VECTOR, NfInterface.INT, "Dev")
      .state("counts", StateKind.MAP, NfInterface.INT, NfInterface.INT)
      .record("FlowId", "proto", "tag")
      .record("Dev", "port")
      .build();

  /** struct FlowId {uint16_t proto; uint32_t tag;} (2 bytes of padding); struct Dev {uint16_t port;}. */
  static final ValueLayout.StructLayout FLOW_ID = new ValueLayout.StructLayout("FlowId", 8, List.of(
      new ValueLayout.FieldLayout("proto", 0, new ValueLayout.IntLayout(2, false)),
      new ValueLayout.FieldLayout("tag", 4, new ValueLayout.IntLayout(4, false))));
  static final ValueLayout.StructLayout DEV = new ValueLayout.StructLayout("Dev", 2, List.of(
      new ValueLayout.FieldLayout("port", 0, new ValueLayout.IntLayout(2, false))));
  static final StructLayouts LAYOUTS = tag -> Optional.ofNullable(
      Map.of("FlowId", FLOW_ID, "Dev", DEV).get(tag));
  static final Map<String, StateShape> SHAPES = Map.of(
      "flows", new StateShape(Optional.of(FLOW_ID), Optional.empty(), 16),
      "devs", new StateShape(Optional.empty(), Optional.of(DEV), 16),
      "counts", new StateShape(Optional.of(new ValueLayout.IntLayout(2, false)),
          Optional.of(new ValueLayout.IntLayout(4, false)), 16));

  static Spec spec() {
    SpecCheckResult r = SpecChecker.checkText(Path.of("methods.py"), SPEC, ImportSearch.none(),
        Optional.of(NF));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r.spec().orElseThrow();
  }

  @Test
  void specMethodsBuildTheContractsNextStates() {
    try (Context ctx = new Context()) {
      EmapContract flows = EmapContract.create(ctx, "flows", 16, ctx.mkBitVecSort(64));
      VectorContract devs = VectorContract.create(ctx, "devs", 16, ctx.mkBitVecSort(16),
          x -> ctx.mkTrue());
      MapContract counts = MapContract.create(ctx, "counts", 16, ctx.mkBitVecSort(16),
          ctx.mkBitVecSort(32), x -> ctx.mkTrue());
      Expr<?> f0 = flows.freshState("flows.S0");
      Expr<?> d0 = devs.freshState("devs.S0");
      Expr<?> c0 = counts.freshState("counts.S0");
      ArrayPacketTerms pkt = ArrayPacketTerms.fresh(ctx, "pkt", 64);
      BitVecExpr recv = ctx.mkBVConst("recv", 16);
      BitVecExpr now = ctx.mkBVConst("now", 64);
      SymbolicSpecInputs in = new SymbolicSpecInputs(ctx, pkt, recv, now, ctx.mkBVConst("i", 32),
          ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of(
              "flows", new SymbolicState.Emap(flows, f0),
              "devs", new SymbolicState.Vector(devs, d0),
              "counts", new SymbolicState.Map(counts, c0)));
      List<SpecPath> paths = new SymbolicSpecInterpreter(spec(), SHAPES, LAYOUTS).paths(in);
      assertEquals(3, paths.size());

      // The C key: proto (host order) at 0, padding, tag = 7 (host order) at 4.
      BitVecExpr b12 = pkt.byteAt(ctx.mkBV(12, 32));
      BitVecExpr b13 = pkt.byteAt(ctx.mkBV(13, 32));
      BitVecExpr key = key(ctx, b13, b12, ctx.mkBV(0x0000_0700_0000L, 48));
      BitVecExpr index = (BitVecExpr) flows.idx(f0, key);
      Expr<?> refreshed = flows.operation("emap_refresh").orElseThrow()
          .nextState(f0, List.of(index, now), List.of());
      Expr<?> erased = flows.operation("emap_erase").orElseThrow()
          .nextState(refreshed, List.of(key), List.of());
      BitVecExpr dev = concat(ctx, ctx.mkExtract(7, 0, recv), ctx.mkExtract(15, 8, recv));
      Expr<?> set = devs.operation("vector_set").orElseThrow()
          .nextState(d0, List.of(index, dev), List.of());

      SpecPath known = paths.stream().filter(p -> p.decisions().size() == 2
          && p.decisions().get(1).taken()).findFirst().orElseThrow();
      assertEquals(erased, known.finalStates().get("flows"));
      assertEquals(set, known.finalStates().get("devs"));
      assertEquals(c0, known.finalStates().get("counts"));
      assertEquals(List.of(key), known.points().get("flows").keys());

      // h.type as a uint16_t map key is host order: the wire bytes swapped.
      BitVecExpr typeKey = key(ctx, b13, b12);
      SpecPath unknown = paths.stream().filter(p -> p.decisions().size() == 2
          && !p.decisions().get(1).taken()).findFirst().orElseThrow();
      Expr<?> put = counts.operation("map_put").orElseThrow()
          .nextState(c0, List.of(typeKey, ctx.mkBV(0x05000000L, 32)), List.of());
      assertEquals(f0, unknown.finalStates().get("flows"));
      Expr<?> after = unknown.finalStates().get("counts");
      assertEquals(put, after.getArgs()[0], "erase applies to the put state");
      assertEquals(counts.operation("map_erase").orElseThrow().nextState(put,
          List.of(after.getArgs()[1]), List.of()), after);
      // The companion: the wire-order key is another term.
      assertNotEquals(counts.operation("map_put").orElseThrow()
          .nextState(c0, List.of(key(ctx, b12, b13), ctx.mkBV(5, 32)), List.of()), put);
    }
  }

  private static BitVecExpr concat(Context ctx, BitVecExpr... parts) {
    BitVecExpr acc = parts[0];
    for (int k = 1; k < parts.length; k++) {
      acc = ctx.mkConcat(acc, parts[k]);
    }
    return acc;
  }

  /** A key's record, simplified as the spec domain makes keys. */
  private static BitVecExpr key(Context ctx, BitVecExpr... parts) {
    return (BitVecExpr) concat(ctx, parts).simplify();
  }

  @Test
  void concreteStatesFollowTheSameOperations() {
    byte[] frame = new byte[20];
    frame[12] = 0x12;
    frame[13] = 0x34;
    Bits key = new Bits(new BigInteger("3412000007000000", 16), 64);
    AbstractState.Emap flows = AbstractState.Emap.empty(16).add(key, 3, 10);
    AbstractState.Vector devs = new AbstractState.Vector(16, 16, Map.of());
    AbstractState.MapState counts = new AbstractState.MapState(16, Map.of(
        new Bits(BigInteger.valueOf(0x3512), 16), new Bits(BigInteger.ONE, 32)));
    ConcreteSpecInterpreter spec = new ConcreteSpecInterpreter(spec(), SHAPES, LAYOUTS);
    ConcreteSpecResult known = spec.run(new ConcreteSpecInputs(frame, 20, 1, 99, 0, 0, Map.of(), 2,
        Optional.empty(), Map.of("flows", flows, "devs", devs, "counts", counts)));
    assertEquals(AbstractState.Emap.empty(16), known.finalStates().get("flows"));
    assertEquals(devs.set(3, new Bits(BigInteger.valueOf(0x0100), 16)),
        known.finalStates().get("devs"), "port 1 stored host order");
    assertEquals(counts, known.finalStates().get("counts"));
    assertTrue(known.brokenSideConditions().isEmpty(), known.brokenSideConditions().toString());

    ConcreteSpecResult unknown = spec.run(new ConcreteSpecInputs(frame, 20, 1, 99, 0, 0, Map.of(),
        2, Optional.empty(), Map.of("flows", AbstractState.Emap.empty(16), "devs", devs,
            "counts", counts)));
    // counts[0x1234] = 5, then 0x1235 (stored as bytes 35 12) is erased.
    assertEquals(new AbstractState.MapState(16, Map.of(new Bits(BigInteger.valueOf(0x3412), 16),
        new Bits(BigInteger.valueOf(0x05000000), 32))), unknown.finalStates().get("counts"));
    assertTrue(unknown.brokenSideConditions().isEmpty());
  }
}
