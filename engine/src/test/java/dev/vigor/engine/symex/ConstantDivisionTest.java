package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Division by a constant as a multiplication is C's quotient exactly: proved equal to bvudiv and
 * bvsdiv for every 10-bit dividend by Z3, and compared with BigInteger division at 32 and 64 bits
 * on edge and random dividends, for the divisors NFs use (10, 1000000000) and awkward ones.
 */
class ConstantDivisionTest {
  private static final long[] DIVISORS = {3, 5, 7, 10, 641, 1000, 65535, 1000000000L, 375000000L,
      4294967295L, 6700417L, 0x7fffffffffffffffL, 2, 8, 1L << 31, 1L << 62};

  @Test
  void equalsTheDividerForEvery10BitDividend() {
    try (Context ctx = new Context()) {
      BitVecExpr n = ctx.mkBVConst("n", 10);
      for (long d : new long[] {3, 7, 10, 100, 500, 511, 2, 8, 256}) {
        BigInteger bd = BigInteger.valueOf(d);
        Solver s = ctx.mkSolver();
        s.add(ctx.mkOr(
            ctx.mkNot(ctx.mkEq(ConstantDivision.udiv(ctx, n, bd), ctx.mkBVUDiv(n, ctx.mkBV(d, 10)))),
            ctx.mkNot(ctx.mkEq(ConstantDivision.sdiv(ctx, n, bd), ctx.mkBVSDiv(n, ctx.mkBV(d, 10))))));
        assertEquals(Status.UNSATISFIABLE, s.check(), "divisor " + d);
      }
    }
  }

  @Test
  void equalsBigIntegerDivisionAt32And64Bits() {
    Random random = new Random(12);
    try (Context ctx = new Context()) {
      for (int w : new int[] {32, 64}) {
        BigInteger mod = BigInteger.ONE.shiftLeft(w);
        for (long dl : DIVISORS) {
          BigInteger d = BigInteger.valueOf(dl);
          if (d.bitLength() > w) {
            continue;
          }
          BigInteger[] edges = {BigInteger.ZERO, BigInteger.ONE, d.subtract(BigInteger.ONE), d,
              d.add(BigInteger.ONE), mod.subtract(BigInteger.ONE), mod.shiftRight(1),
              mod.shiftRight(1).subtract(BigInteger.ONE), d.multiply(BigInteger.TWO).subtract(BigInteger.ONE)};
          for (int i = 0; i < edges.length + 40; i++) {
            BigInteger n = (i < edges.length ? edges[i] : new BigInteger(w, random)).mod(mod);
            BitVecExpr term = ctx.mkBV(n.toString(), w);
            assertEquals(n.divide(d), value(ConstantDivision.udiv(ctx, term, d)), w + "-bit " + n + " / " + d);
            if (d.testBit(w - 1)) {
              continue; // a negative divisor as a signed w-bit value: left to bvsdiv
            }
            BigInteger signed = n.testBit(w - 1) ? n.subtract(mod) : n;
            assertEquals(signed.divide(d).mod(mod), value(ConstantDivision.sdiv(ctx, term, d)),
                w + "-bit signed " + signed + " / " + d);
          }
        }
      }
    }
  }

  private static BigInteger value(BitVecExpr e) {
    assertNotNull(e);
    return ((BitVecNum) e.simplify()).getBigInteger();
  }
}
