package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.libvig.contract.EmapContract;
import dev.vigor.libvig.contract.Points;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Final-state equality at points and witnesses: free for identical terms, decided by the contracts otherwise. */
class FinalStateEqualityTest {
  @Test
  void sameTermsAreEqualWithoutAQueryDifferentTimesAreNot() {
    try (Context ctx = new Context()) {
      EmapContract m = EmapContract.create(ctx, "m", 8, ctx.mkBitVecSort(16));
      SymbolicState.Emap obj = new SymbolicState.Emap(m, m.freshState("m.S0"));
      BitVecExpr i = ctx.mkBVConst("i", 32);
      BitVecExpr t1 = ctx.mkBVConst("t1", 64);
      BitVecExpr t2 = ctx.mkBVConst("t2", 64);
      Expr<?> a = m.operation("emap_refresh").orElseThrow().nextState(obj.pre(), List.of(i, t1),
          List.of());
      Expr<?> same = m.operation("emap_refresh").orElseThrow().nextState(obj.pre(), List.of(i, t1),
          List.of());
      Points none = Points.none();
      assertTrue(FinalStateEquality.equal(ctx, obj, a, same, none).isTrue());

      Expr<?> b = m.operation("emap_refresh").orElseThrow().nextState(obj.pre(), List.of(i, t2),
          List.of());
      Points p = FinalStateEquality.withWitnesses(ctx, obj, Points.of(List.of(), List.of(i)), "w");
      assertEquals(2, p.indices().size());
      assertEquals(1, p.keys().size());
      BoolExpr equal = FinalStateEquality.equal(ctx, obj, a, b, p);
      BoolExpr refreshable = ctx.mkAnd(m.hasIdx(obj.pre(), i),
          ctx.mkBVSLE(ctx.mkBV(0, 32), i), ctx.mkBVSLT(i, ctx.mkBV(8, 32)));
      Solver s = ctx.mkSolver();
      s.add(refreshable);
      var refresh = m.operation("emap_refresh").orElseThrow();
      s.add(refresh.postcondition(obj.pre(), a, List.of(i, t1), List.of(), p));
      s.add(refresh.postcondition(obj.pre(), b, List.of(i, t2), List.of(), p));
      // Same time: equal at every point. Different times: observably different.
      assertEquals(Status.UNSATISFIABLE, s.check(ctx.mkEq(t1, t2), ctx.mkNot(equal)));
      assertEquals(Status.SATISFIABLE, s.check(ctx.mkNot(ctx.mkEq(t1, t2)), ctx.mkNot(equal)));
      assertEquals(Status.UNSATISFIABLE, s.check(ctx.mkNot(ctx.mkEq(t1, t2)), equal));
    }
  }
}
