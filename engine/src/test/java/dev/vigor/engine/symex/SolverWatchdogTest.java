package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import org.junit.jupiter.api.Test;

/** A query that Z3's own timeout does not stop is stopped by the watchdog past its budget. */
class SolverWatchdogTest {
  @Test
  void aQueryWithNoTimeoutOfItsOwnIsStoppedPastItsBudget() {
    try (Context ctx = new Context()) {
      // That the Mersenne prime 2^61 - 1 has no factors, over 64-bit bit-vectors: an unsatisfiable
      // multiplier circuit, which Z3 searches for far longer than any test runs.
      BitVecExpr x = ctx.mkBVConst("x", 64);
      BitVecExpr y = ctx.mkBVConst("y", 64);
      Solver s = ctx.mkSolver(); // no "timeout" parameter: only the watchdog can stop it
      s.add(ctx.mkEq(ctx.mkBVMul(x, y), ctx.mkBV((1L << 61) - 1, 64)));
      s.add(ctx.mkBVMulNoOverflow(x, y, false));
      s.add(ctx.mkBVUGT(x, ctx.mkBV(1, 64)), ctx.mkBVUGT(y, ctx.mkBV(1, 64)));
      long t0 = System.nanoTime();
      Status st = SolverWatchdog.check(ctx, s, 200);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(Status.UNKNOWN, st);
      // liveness, not speed: stopped long before Z3 would have finished on its own
      assertTrue(ms < 60_000, "stopped after " + ms + " ms");
      // the context stays usable for the next query
      Solver next = ctx.mkSolver();
      next.add(ctx.mkEq(x, ctx.mkBV(3, 64)));
      assertEquals(Status.SATISFIABLE, SolverWatchdog.check(ctx, next, 200));
    }
  }
}
