package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Status;
import org.junit.jupiter.api.Test;

/**
 * A trace's solver kept across validations: facts asserted once, a question's scope closed, and
 * a solver that an interrupt left with an open scope not used again until closed.
 */
class TraceSolverTest {

  @Test
  void aFactIsAssertedOnceAndAQuestionLeavesNothingBehind() {
    try (Context ctx = new Context()) {
      TraceSolver kept = new TraceSolver(ctx.mkSolver());
      BitVecExpr x = ctx.mkBVConst("x", 32);
      BoolExpr fact = ctx.mkBVUGT(x, ctx.mkBV(5, 32));
      kept.addFact(fact);
      kept.addFact(fact);
      assertEquals(1, kept.solver().getAssertions().length);
      int depth = kept.push();
      kept.solver().add(ctx.mkBVULT(x, ctx.mkBV(3, 32)));
      assertEquals(Status.UNSATISFIABLE, kept.solver().check());
      kept.popTo(depth);
      assertTrue(kept.usable());
      assertEquals(Status.SATISFIABLE, kept.solver().check(), "the question's goal is gone");
    }
  }

  /**
   * Z3 keeps an interrupt that lands between queries and refuses the next push with it, having
   * opened the scope: the solver is then not usable, and closing to the depth before mends it.
   */
  @Test
  void anInterruptOnAPushLeavesAScopeThatPopToCloses() {
    try (Context ctx = new Context()) {
      TraceSolver kept = new TraceSolver(ctx.mkSolver());
      BitVecExpr x = ctx.mkBVConst("x", 32);
      ctx.interrupt(); // as a cancel's interrupt landing after the query it meant
      try {
        kept.push();
      } catch (com.microsoft.z3.Z3Exception e) {
        // "push canceled": the scope is open all the same
      }
      assertFalse(kept.usable(), "a scope is left open");
      kept.popTo(0);
      assertTrue(kept.usable());
      kept.solver().add(ctx.mkEq(x, ctx.mkBV(1, 32)));
      assertEquals(Status.SATISFIABLE, kept.solver().check());
    }
  }

  @Test
  void aSolverWithAnOpenScopeIsNotUsable() {
    try (Context ctx = new Context()) {
      TraceSolver kept = new TraceSolver(ctx.mkSolver());
      kept.push();
      assertFalse(kept.usable());
    }
  }
}
