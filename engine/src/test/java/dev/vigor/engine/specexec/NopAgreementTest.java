package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nop spec against NF outcomes: "the other port, unchanged" agrees; "the same port" does not. */
class NopAgreementTest {
  @Test
  void otherPortUnchangedAgreesOnEveryPathSamePortIsCaughtAndReplays() throws Exception {
    CatalogSpec nop = CatalogSpec.load("nop");
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = nop.inputs(ctx);
      BitVecExpr recv = in.receivedOnPort();
      BoolExpr background = ctx.mkBVULT(recv, ctx.mkBV(2, 16));
      List<SpecPath> paths = new SymbolicSpecInterpreter(nop.spec(), nop.shapes(), nop.layouts())
          .paths(in);
      assertEquals(2, paths.size());

      BitVecExpr other = (BitVecExpr) ctx.mkITE(ctx.mkEq(recv, ctx.mkBV(0, 16)),
          ctx.mkBV(1, 16), ctx.mkBV(0, 16));
      for (SpecPath p : paths) {
        BoolExpr agree = SymbolicAgreement.agrees(in, p, new NfOutcome.Device<>(other), in.packet());
        Solver s = ctx.mkSolver();
        s.add(background, p.condition(ctx), ctx.mkNot(agree));
        assertEquals(Status.UNSATISFIABLE, s.check(), "other port agrees on " + p.decisions());
      }

      // Sending back on the input port disagrees on some path; the model replays concretely.
      int caught = 0;
      for (SpecPath p : paths) {
        BoolExpr agree = SymbolicAgreement.agrees(in, p, new NfOutcome.Device<>(recv), in.packet());
        Solver s = ctx.mkSolver();
        s.add(background, p.condition(ctx), ctx.mkNot(agree));
        if (s.check() != Status.SATISFIABLE) {
          continue;
        }
        caught++;
        Model m = s.getModel();
        int port = ((BitVecNum) m.eval(recv, true)).getInt();
        int length = ((BitVecNum) m.eval(in.packet().length(), true)).getInt();
        byte[] bytes = new byte[Math.min(length, 64)];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) ((BitVecNum) m.eval(in.packet().byteAt(ctx.mkBV(i, 32)), true)).getInt();
        }
        ConcreteSpecInputs concrete = new ConcreteSpecInputs(bytes, length, port, 0, 0, 0,
            Map.of(), 2, Optional.empty(), Map.of());
        ConcreteSpecResult r = new ConcreteSpecInterpreter(nop.spec(), nop.shapes(), nop.layouts())
            .run(concrete);
        assertEquals(p.outcome().at(), r.decidingLocation(), "the model takes the same spec path");
        BigInteger same = BigInteger.valueOf(port);
        assertFalse(ConcreteAgreement.agrees(concrete, r.outcome(), new NfOutcome.Device<>(same),
            bytes, length), "replay confirms the disagreement");
        assertTrue(ConcreteAgreement.agrees(concrete, r.outcome(),
            new NfOutcome.Device<>(BigInteger.valueOf(1 - port)), bytes, length));
      }
      assertEquals(2, caught, "on both paths the same port is wrong");
    }
  }

  @Test
  void aChangedPacketDisagreesWithPkt() throws Exception {
    CatalogSpec nop = CatalogSpec.load("nop");
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = nop.inputs(ctx);
      BitVecExpr recv = in.receivedOnPort();
      BitVecExpr other = (BitVecExpr) ctx.mkITE(ctx.mkEq(recv, ctx.mkBV(0, 16)),
          ctx.mkBV(1, 16), ctx.mkBV(0, 16));
      ArrayPacketTerms out = ArrayPacketTerms.fresh(ctx, "out", 64);
      // The NF rewrites byte 0 and keeps the length.
      BoolExpr rewrites = ctx.mkAnd(ctx.mkEq(out.length(), in.packet().length()),
          ctx.mkEq(out.bytes(), ctx.mkStore(((ArrayPacketTerms) in.packet()).bytes(),
              ctx.mkBV(0, 32), ctx.mkBV(0xff, 8))));
      for (SpecPath p : new SymbolicSpecInterpreter(nop.spec(), nop.shapes(), nop.layouts())
          .paths(in)) {
        BoolExpr agree = SymbolicAgreement.agrees(in, p, new NfOutcome.Device<>(other), out);
        Solver s = ctx.mkSolver();
        s.add(rewrites, ctx.mkBVULT(recv, ctx.mkBV(2, 16)), p.condition(ctx), ctx.mkNot(agree));
        assertEquals(Status.SATISFIABLE, s.check());
        Model m = s.getModel();
        assertTrue(((BitVecNum) m.eval(in.packet().length(), true)).getInt() > 0,
            "a changed byte matters only within the length");
      }
    }
  }
}
