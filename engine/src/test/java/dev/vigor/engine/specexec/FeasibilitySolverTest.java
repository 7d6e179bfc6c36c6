package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Answers from earlier cores and models are the solver's own answers, and save its calls. */
class FeasibilitySolverTest {
  @Test
  void anImpossibleSetAnswersEveryQuestionContainingIt() {
    try (Context ctx = new Context()) {
      BitVecExpr x = ctx.mkBVConst("x", 8);
      BitVecExpr y = ctx.mkBVConst("y", 8);
      FeasibilitySolver f = background(ctx, ctx.mkBVUGT(x, ctx.mkBV(10, 8)));
      BoolExpr small = ctx.mkBVULT(x, ctx.mkBV(5, 8));
      assertFalse(f.possible(List.of(ctx.mkEq(y, ctx.mkBV(1, 8)), small)));
      long asked = f.queries();
      // another prefix, the same impossible branch: its core ({x < 5}) answers
      assertFalse(f.possible(List.of(ctx.mkEq(y, ctx.mkBV(2, 8)), small)));
      assertEquals(asked, f.queries());
    }
  }

  @Test
  void aKeptModelAnswersTheQuestionsItSatisfies() {
    try (Context ctx = new Context()) {
      BitVecExpr x = ctx.mkBVConst("x", 8);
      FeasibilitySolver f = background(ctx, ctx.mkBVUGT(x, ctx.mkBV(10, 8)));
      assertTrue(f.possible(List.of(ctx.mkEq(x, ctx.mkBV(12, 8)))));
      long asked = f.queries();
      assertTrue(f.possible(List.of(ctx.mkBVUGT(x, ctx.mkBV(11, 8)))));
      assertEquals(asked, f.queries());
      // a question the model does not satisfy still goes to the solver
      assertTrue(f.possible(List.of(ctx.mkEq(x, ctx.mkBV(200, 8)))));
      assertEquals(asked + 1, f.queries());
    }
  }

  @Test
  void aWitnessAnswersTheFirstQuestionItSatisfiesWithoutTheSolver() {
    try (Context ctx = new Context()) {
      BitVecExpr x = ctx.mkBVConst("x", 8);
      BoolExpr big = ctx.mkBVUGT(x, ctx.mkBV(10, 8));
      // a model of the background found elsewhere, as symbolic execution finds one per trace
      Solver elsewhere = ctx.mkSolver();
      elsewhere.add(big, ctx.mkEq(x, ctx.mkBV(42, 8)));
      assertEquals(Status.SATISFIABLE, elsewhere.check());
      FeasibilitySolver f = background(ctx, big).knowing(elsewhere.getModel());
      assertTrue(f.possible(List.of(ctx.mkBVUGT(x, ctx.mkBV(40, 8)))));
      assertEquals(0, f.queries());
      // what the witness does not satisfy is still asked, and an impossible branch is pruned
      assertFalse(f.possible(List.of(ctx.mkBVULT(x, ctx.mkBV(5, 8)))));
      assertEquals(1, f.queries());
      assertTrue(f.possible(List.of(ctx.mkEq(x, ctx.mkBV(11, 8)))));
      assertEquals(2, f.queries());
    }
  }

  @Test
  void answersAgreeWithAFreshSolverOnRandomQuestions() {
    try (Context ctx = new Context()) {
      BitVecExpr x = ctx.mkBVConst("x", 4);
      BitVecExpr y = ctx.mkBVConst("y", 4);
      BoolExpr back = ctx.mkBVULT(ctx.mkBVAdd(x, y), ctx.mkBV(9, 4));
      FeasibilitySolver f = background(ctx, back);
      List<BoolExpr> atoms = new ArrayList<>();
      for (int k = 0; k < 16; k += 3) {
        atoms.add(ctx.mkBVULE(x, ctx.mkBV(k, 4)));
        atoms.add(ctx.mkEq(y, ctx.mkBV(k, 4)));
        atoms.add(ctx.mkBVUGT(ctx.mkBVMul(x, y), ctx.mkBV(k, 4)));
      }
      Random random = new Random(7);
      for (int q = 0; q < 300; q++) {
        List<BoolExpr> conditions = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
          BoolExpr a = atoms.get(random.nextInt(atoms.size()));
          conditions.add(random.nextBoolean() ? a : ctx.mkNot(a));
        }
        Solver fresh = ctx.mkSolver();
        fresh.add(back);
        fresh.add(conditions.toArray(new BoolExpr[0]));
        boolean expected = fresh.check() == Status.SATISFIABLE;
        assertEquals(expected, f.possible(conditions), conditions.toString());
      }
      assertTrue(f.queries() < 300, "every question went to the solver: " + f.queries());
    }
  }

  @Test
  void aConditionIsEntailedOnlyWhenTheBackgroundAndStrengtheningImplyIt() {
    try (Context ctx = new Context()) {
      BitVecExpr now = ctx.mkBVConst("now", 64);
      BitVecExpr stamp = ctx.mkBVConst("stamp", 64);
      Solver s = ctx.mkSolver();
      s.add(ctx.mkBVSLT(ctx.mkBVSub(now, stamp), ctx.mkBV(10_000_000_000L, 64)));
      BoolExpr elapsedInRange = ctx.mkAnd(ctx.mkBVSLE(ctx.mkBV(0, 64), ctx.mkBVSub(now, stamp)),
          ctx.mkBVSLT(ctx.mkBVSub(now, stamp), ctx.mkBV(10_000_000_000L, 64)));
      // the background alone leaves a stamp in the future possible
      assertFalse(new FeasibilitySolver(ctx, s, 10_000).entailed(elapsedInRange));
      // with the invariant "no stamp in the future" (the trace's axioms) it cannot be
      BoolExpr notInFuture = ctx.mkAnd(ctx.mkBVSLE(stamp, now), ctx.mkBVSLE(ctx.mkBV(0, 64), stamp));
      FeasibilitySolver f = new FeasibilitySolver(ctx, s, 10_000, new FeasibilitySolver.Memory(),
          List.of(notInFuture));
      assertTrue(f.entailed(elapsedInRange));
      assertFalse(f.entailed(ctx.mkBVSLT(ctx.mkBVSub(now, stamp), ctx.mkBV(5, 64))));
      // the background solver is left as it was: nothing asserted in it
      assertEquals(1, s.getAssertions().length);
    }
  }

  private static FeasibilitySolver background(Context ctx, BoolExpr fact) {
    Solver s = ctx.mkSolver();
    s.add(fact);
    return new FeasibilitySolver(ctx, s, 10_000);
  }
}
