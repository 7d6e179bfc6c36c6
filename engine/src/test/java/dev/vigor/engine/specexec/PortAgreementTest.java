package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Port sets: FLOOD, DROP and devices against port lists, wildcards and BROADCAST; sent_on_ports. */
class PortAgreementTest {
  private static final ConcreteDomain D3 = new ConcreteDomain(
      ConcreteAgreement.packetOnly(new byte[0], 0, 0, 3), Map.of());

  private static boolean agrees(List<Optional<Integer>> spec, NfOutcome<BigInteger> nf) {
    return Agreement.ports(D3, new SpecOutcome.PortList<>(spec.stream()
        .map(o -> o.map(BigInteger::valueOf)).toList()), nf, BigInteger.ZERO);
  }

  private static NfOutcome<BigInteger> device(int d) {
    return new NfOutcome.Device<>(BigInteger.valueOf(d));
  }

  @Test
  void portListsAsSets() {
    NfOutcome<BigInteger> flood = new NfOutcome.Flood<>();
    // Three devices, received on 0: FLOOD is {1, 2}.
    assertTrue(agrees(List.of(Optional.of(2), Optional.of(1)), flood));
    assertTrue(agrees(List.of(Optional.empty(), Optional.empty()), flood));
    assertTrue(agrees(List.of(Optional.of(1), Optional.empty()), flood));
    assertFalse(agrees(List.of(Optional.of(1), Optional.of(1)), flood), "a port twice is not two");
    assertFalse(agrees(List.of(Optional.of(0), Optional.of(1)), flood), "never the input port");
    assertFalse(agrees(List.of(Optional.empty()), flood));
    assertTrue(agrees(List.of(Optional.of(2)), device(2)));
    assertTrue(agrees(List.of(Optional.empty()), device(2)));
    assertFalse(agrees(List.of(Optional.of(1)), device(2)));
    assertTrue(agrees(List.of(), new NfOutcome.Drop<>()));
    assertFalse(agrees(List.of(Optional.empty()), new NfOutcome.Drop<>()));
    assertFalse(agrees(List.of(), device(0)));

    SpecOutcome.Broadcast<BigInteger> all = new SpecOutcome.Broadcast<>();
    assertTrue(Agreement.ports(D3, all, flood, BigInteger.ZERO));
    assertFalse(Agreement.ports(D3, all, device(1), BigInteger.ZERO), "three devices: one is not all");
    assertFalse(Agreement.ports(D3, all, new NfOutcome.Drop<>(), BigInteger.ZERO));
  }

  @Test
  void sentOnPortsIsWhatTheNfDid() {
    SpecCheckResult r = SpecChecker.checkText(Path.of("never_back.py"),
        "assert not mem(received_on_port, sent_on_ports)\n", ImportSearch.none(), Optional.empty());
    assertTrue(r.ok(), r.diagnostics().toString());
    Spec spec = r.spec().orElseThrow();
    StructLayouts none = tag -> Optional.empty();
    try (Context ctx = new Context()) {
      BitVecExpr recv = ctx.mkBVConst("recv", 16);
      for (boolean back : List.of(false, true)) {
        NfOutcome<BitVecExpr> nf = back ? new NfOutcome.Device<>(recv) : new NfOutcome.Flood<>();
        SymbolicSpecInputs in = new SymbolicSpecInputs(ctx, ArrayPacketTerms.fresh(ctx, "p", 8),
            recv, ctx.mkBVConst("now", 64), ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64),
            Map.of(), 3, Optional.of(nf), Map.of());
        List<SpecPath> paths = new SymbolicSpecInterpreter(spec, Map.of(), none).paths(in);
        assertEquals(1, paths.size());
        BoolExpr holds = paths.get(0).asserts().get(0).condition();
        Solver s = ctx.mkSolver();
        assertEquals(back ? Status.SATISFIABLE : Status.UNSATISFIABLE, s.check(ctx.mkNot(holds)));
      }
    }
    ConcreteSpecInterpreter concrete = new ConcreteSpecInterpreter(spec, Map.of(), none);
    for (int port = 0; port < 3; port++) {
      ConcreteSpecResult back = concrete.run(new ConcreteSpecInputs(new byte[0], 0, port, 0, 0, 0,
          Map.of(), 3, Optional.of(device(port)), Map.of()));
      assertTrue(back.failedAssert().isPresent());
      ConcreteSpecResult flood = concrete.run(new ConcreteSpecInputs(new byte[0], 0, port, 0, 0, 0,
          Map.of(), 3, Optional.of(new NfOutcome.Flood<>()), Map.of()));
      assertTrue(flood.failedAssert().isEmpty());
      assertTrue(flood.outcome() instanceof SpecOutcome.Unconstrained);
    }
  }
}
