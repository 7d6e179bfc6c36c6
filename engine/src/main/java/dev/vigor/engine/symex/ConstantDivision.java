package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import java.math.BigInteger;

/**
 * Division of a bit-vector by a constant as a multiplication by its reciprocal (Granlund and
 * Montgomery, "Division by invariant integers using multiplication", PLDI'94, theorem 4.2), the
 * same rewrite C compilers make. The value is exactly C's quotient; the point is the solver: Z3
 * bit-blasts {@code bvudiv} into a full divider (for 64 bits, 64 stages of 64-bit subtract and
 * select) that it then searches, while a multiplication by a constant is a sum of shifted copies.
 * A refill such as {@code elapsed_ns * RATE / 1000000000} otherwise leaves every fact about the
 * quotient (even its sign) undecided within the default budget.
 */
public final class ConstantDivision {
  private ConstantDivision() {}

  /** The constant value of e, or null. */
  public static BigInteger constant(BitVecExpr e) {
    return e instanceof BitVecNum n ? n.getBigInteger() : null;
  }

  /**
   * floor(n / d) for an unsigned w-bit n and a constant 1 &lt; d &lt; 2^w that is not a power of
   * two: with l = ceil(log2 d) and m = floor(2^(w+l) / d) + 1 (so 2^(w+l) &lt; m*d &lt;=
   * 2^(w+l) + 2^l), floor(n / d) = floor(n * m / 2^(w+l)) for every n &lt; 2^w. By a power of
   * two 2^k, the top w - k bits. Null when d is not such a divisor (the caller keeps bvudiv).
   */
  public static BitVecExpr udiv(Context ctx, BitVecExpr n, BigInteger d) {
    int w = n.getSortSize();
    if (d.compareTo(BigInteger.ONE) <= 0 || d.bitLength() > w) {
      return null;
    }
    if (d.bitCount() == 1) {
      int k = d.getLowestSetBit();
      return k >= w ? ctx.mkBV(0, w) : ctx.mkZeroExt(k, ctx.mkExtract(w - 1, k, n));
    }
    int l = d.bitLength(); // ceil(log2 d) as d is not a power of two
    BigInteger m = BigInteger.ONE.shiftLeft(w + l).divide(d).add(BigInteger.ONE);
    int wide = 2 * w + 1; // n < 2^w and m < 2^(w+1)
    BitVecExpr product = ctx.mkBVMul(ctx.mkZeroExt(wide - w, n), ctx.mkBV(m.toString(), wide));
    BitVecExpr quotient = ctx.mkExtract(wide - 1, w + l, product);
    int qBits = wide - (w + l);
    return qBits >= w ? ctx.mkExtract(w - 1, 0, quotient) : ctx.mkZeroExt(w - qBits, quotient);
  }

  /**
   * C's signed quotient (rounded towards zero) of a w-bit n by a positive constant d, through
   * {@link #udiv} of |n| (for the smallest n, |n| = 2^(w-1) read unsigned is still right). Null
   * when {@link #udiv} declines or d is not positive.
   */
  public static BitVecExpr sdiv(Context ctx, BitVecExpr n, BigInteger dBits) {
    int w = n.getSortSize();
    if (dBits.testBit(w - 1)) {
      return null; // a negative divisor: rare, left to bvsdiv
    }
    BitVecExpr magnitude = udiv(ctx, (BitVecExpr) ctx.mkITE(ctx.mkBVSLT(n, ctx.mkBV(0, w)),
        ctx.mkBVNeg(n), n), dBits);
    if (magnitude == null) {
      return null;
    }
    return (BitVecExpr) ctx.mkITE(ctx.mkBVSLT(n, ctx.mkBV(0, w)), ctx.mkBVNeg(magnitude), magnitude);
  }
}
