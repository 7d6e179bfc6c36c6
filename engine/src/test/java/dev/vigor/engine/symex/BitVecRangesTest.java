package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The range analysis that settles conditions without a query: every answer it gives is checked
 * by Z3 on random terms (a wrong TRUE would pass a failing low-level check), and the shapes the
 * executor meets are settled.
 */
class BitVecRangesTest {

  @Test
  void aPromotedSixteenBitShiftStaysBelowTheSignBit() {
    try (Context ctx = new Context()) {
      BitVecExpr b0 = ctx.mkBVConst("b0", 8);
      BitVecExpr b1 = ctx.mkBVConst("b1", 8);
      BitVecExpr x = ctx.mkConcat(ctx.mkBV(0, 16), ctx.mkConcat(b1, b0));
      BitVecExpr shifted = ctx.mkBVSHL(x, ctx.mkBV(8, 32));
      BoolExpr safe = ctx.mkAnd(ctx.mkBVSLE(ctx.mkBV(0, 32), x), ctx.mkBVSLE(ctx.mkBV(0, 32), shifted));
      BitVecRanges r = new BitVecRanges();
      assertEquals(Boolean.TRUE, r.decide(safe));
      assertEquals(Boolean.TRUE, r.decide((BoolExpr) safe.simplify()));
      // shifted by 16 it may reach the sign bit: only the solver can tell
      assertNull(r.decide(ctx.mkBVSLE(ctx.mkBV(0, 32), ctx.mkBVSHL(x, ctx.mkBV(16, 32)))));
    }
  }

  @Test
  void aComparisonOnAnUnconstrainedSymbolIsLeftToTheSolver() {
    try (Context ctx = new Context()) {
      BitVecExpr len = ctx.mkBVConst("length", 16);
      BitVecRanges r = new BitVecRanges();
      assertNull(r.decide(ctx.mkBVULE(ctx.mkBV(14, 16), len)));
      assertEquals(Boolean.TRUE, r.decide(ctx.mkBVULE(ctx.mkBV(0, 16), len)));
      assertEquals(Boolean.FALSE, r.decide(ctx.mkEq(ctx.mkZeroExt(16, len), ctx.mkBV(1L << 20, 32))));
    }
  }

  /** Random terms over a few symbols; whatever the analysis settles, Z3 must agree is valid. */
  @Test
  void everySettledConditionIsValid() {
    Random rnd = new Random(1234);
    int settled = 0;
    try (Context ctx = new Context()) {
      Solver s = ctx.mkSolver();
      BitVecRanges r = new BitVecRanges();
      for (int i = 0; i < 3000; i++) {
        BoolExpr c = condition(ctx, rnd, 3);
        Boolean k = r.decide(c);
        Boolean k2 = r.decide(c.simplify());
        for (Boolean v : new Boolean[] {k, k2}) {
          if (v == null) {
            continue;
          }
          settled++;
          s.push();
          s.add(v ? ctx.mkNot(c) : c);
          assertEquals(Status.UNSATISFIABLE, s.check(), () -> "settled " + v + " but not valid: " + c);
          s.pop();
        }
      }
    }
    assertTrue(settled > 300, "the random terms settled too rarely to test anything: " + settled);
  }

  private static BoolExpr condition(Context ctx, Random rnd, int depth) {
    int w = 32;
    BitVecExpr a = term(ctx, rnd, depth, w);
    BitVecExpr b = term(ctx, rnd, depth, w);
    BoolExpr c = switch (rnd.nextInt(9)) {
      case 0 -> ctx.mkBVULE(a, b);
      case 1 -> ctx.mkBVULT(a, b);
      case 2 -> ctx.mkBVUGE(a, b);
      case 3 -> ctx.mkBVUGT(a, b);
      case 4 -> ctx.mkBVSLE(a, b);
      case 5 -> ctx.mkBVSLT(a, b);
      case 6 -> ctx.mkBVSGE(a, b);
      case 7 -> ctx.mkBVSGT(a, b);
      default -> ctx.mkEq(a, b);
    };
    return switch (rnd.nextInt(6)) {
      case 0 -> ctx.mkNot(c);
      case 1 -> ctx.mkAnd(c, condition(ctx, rnd, depth - 1));
      case 2 -> ctx.mkOr(c, condition(ctx, rnd, depth - 1));
      default -> c;
    };
  }

  private static BitVecExpr term(Context ctx, Random rnd, int depth, int w) {
    if (depth <= 0 || rnd.nextInt(4) == 0) {
      return leaf(ctx, rnd, w);
    }
    BitVecExpr a = term(ctx, rnd, depth - 1, w);
    BitVecExpr b = term(ctx, rnd, depth - 1, w);
    return switch (rnd.nextInt(16)) {
      case 0 -> ctx.mkBVAdd(a, b);
      case 1 -> ctx.mkBVMul(a, b);
      case 2 -> ctx.mkBVAND(a, b);
      case 3 -> ctx.mkBVOR(a, b);
      case 4 -> ctx.mkBVXOR(a, b);
      case 5 -> ctx.mkBVLSHR(a, small(ctx, rnd, w));
      case 6 -> ctx.mkBVSHL(a, small(ctx, rnd, w));
      case 7 -> ctx.mkBVLSHR(a, b);
      case 8 -> ctx.mkBVSHL(a, b);
      case 9 -> ctx.mkBVUDiv(a, b);
      case 10 -> ctx.mkBVURem(a, b);
      case 11 -> ctx.mkBVUDiv(a, leaf(ctx, rnd, w));
      case 12 -> (BitVecExpr) ctx.mkITE(ctx.mkBVULT(a, b), a, b);
      case 13 -> {
        int hi = 7 + rnd.nextInt(w - 7);
        yield ctx.mkZeroExt(w - 8, ctx.mkExtract(hi, hi - 7, a));
      }
      case 14 -> ctx.mkConcat(ctx.mkExtract(w / 2 - 1, 0, a), ctx.mkExtract(w - 1, w / 2, b));
      default -> ctx.mkBVSub(a, b);
    };
  }

  private static BitVecExpr small(Context ctx, Random rnd, int w) {
    return ctx.mkBV(rnd.nextInt(w + 4), w);
  }

  private static BitVecExpr leaf(Context ctx, Random rnd, int w) {
    return switch (rnd.nextInt(6)) {
      case 0 -> ctx.mkBVConst("x", w);
      case 1 -> ctx.mkZeroExt(w - 16, ctx.mkBVConst("h", 16));
      case 2 -> ctx.mkConcat(ctx.mkBV(0, 16), ctx.mkConcat(ctx.mkBVConst("b1", 8), ctx.mkBVConst("b0", 8)));
      case 3 -> ctx.mkZeroExt(w - 8, ctx.mkBVConst("b0", 8));
      case 4 -> ctx.mkBV(new BigInteger(w, rnd).toString(), w);
      default -> ctx.mkBV(rnd.nextInt(300), w);
    };
  }
}
