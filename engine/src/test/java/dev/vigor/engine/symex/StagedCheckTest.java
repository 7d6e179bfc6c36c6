package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A staged question answers as one check would, and a hard one ends within its budget. */
class StagedCheckTest {
  @Test
  void answersWithTheSolverThatGaveTheModelOrTheCore() {
    try (Context ctx = new Context()) {
      BitVecExpr x = ctx.mkBVConst("x", 16);
      Solver s = ctx.mkSolver();
      s.add(ctx.mkBVUGT(x, ctx.mkBV(100, 16)));
      BoolExpr big = ctx.mkBoolConst("big");
      BoolExpr small = ctx.mkBoolConst("small");
      s.add(ctx.mkImplies(big, ctx.mkBVUGT(x, ctx.mkBV(1000, 16))));
      s.add(ctx.mkImplies(small, ctx.mkBVULT(x, ctx.mkBV(50, 16))));
      StagedCheck.Answer sat = StagedCheck.check(ctx, s, 10_000, 10_000, big);
      assertEquals(Status.SATISFIABLE, sat.status());
      assertTrue(sat.solver().getModel().eval(ctx.mkBVUGT(x, ctx.mkBV(1000, 16)), true).isTrue());
      StagedCheck.Answer unsat = StagedCheck.check(ctx, s, 10_000, 10_000, big, small);
      assertEquals(Status.UNSATISFIABLE, unsat.status());
      // a core of the assumptions (Z3 need not minimise it), so the caller can map it back
      assertTrue(List.of(unsat.solver().getUnsatCore()).contains(small));
    }
  }

  @Test
  void aHardQuestionEndsUnknownAndLeavesTheSolverUsable() {
    try (Context ctx = new Context()) {
      // 2^61 - 1 has no factors: a multiplier circuit no stage decides within half a second
      BitVecExpr x = ctx.mkBVConst("x", 64);
      BitVecExpr y = ctx.mkBVConst("y", 64);
      Solver s = ctx.mkSolver();
      BoolExpr factors = ctx.mkBoolConst("factors");
      s.add(ctx.mkImplies(factors, ctx.mkAnd(
          ctx.mkEq(ctx.mkBVMul(x, y), ctx.mkBV((1L << 61) - 1, 64)),
          ctx.mkBVMulNoOverflow(x, y, false),
          ctx.mkBVUGT(x, ctx.mkBV(1, 64)), ctx.mkBVUGT(y, ctx.mkBV(1, 64)))));
      long t0 = System.nanoTime();
      assertEquals(Status.UNKNOWN, StagedCheck.check(ctx, s, 500, 0, factors).status());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(ms < 60_000, "stopped after " + ms + " ms"); // liveness, not speed
      assertEquals(Status.SATISFIABLE,
          StagedCheck.check(ctx, s, 10_000, 0, ctx.mkBoolConst("other")).status());
    }
  }
}
