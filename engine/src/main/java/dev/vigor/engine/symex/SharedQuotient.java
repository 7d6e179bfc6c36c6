package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * floor(x * c / d) of a 64-bit x with 0 &lt;= x * c &lt; 2^63, as one function symbol per (c, d)
 * and Z3 context, defined exactly ({@code define-fun-rec}: a 128-bit product and divider), and
 * applied by the NF's C arithmetic and the spec's alike. The NF computes a rate times a time over
 * 10^9 in 64-bit C, the spec over integers: two different circuits, whose agreement Z3 could not
 * decide within minutes for most rates. Through the shared symbol it follows from the arguments
 * being equal (congruence), a question about subtractions only; the definition still gives every
 * value, so nothing is assumed.
 */
public final class SharedQuotient {
  /** The width of the argument and the quotient: the widest C integer. */
  public static final int WIDTH = 64;

  private static final Map<Context, Map<String, FuncDecl<BitVecSort>>> DECLS = new WeakHashMap<>();

  private SharedQuotient() {}

  /** Whether the symbol serves these constants: c &gt; 0, e &gt; 1 not a power of two, both 63-bit. */
  public static boolean serves(BigInteger c, BigInteger d) {
    return c.signum() > 0 && c.bitLength() < WIDTH && d.compareTo(BigInteger.ONE) > 0
        && d.bitLength() < WIDTH;
  }

  /** The largest x whose product by c stays below 2^63, the symbol's domain. */
  public static BigInteger largestArgument(BigInteger c) {
    return BigInteger.ONE.shiftLeft(WIDTH - 1).subtract(BigInteger.ONE).divide(c);
  }

  /** floor(x * c / d) for a 64-bit x in [0, largestArgument(c)]. */
  public static BitVecExpr apply(Context ctx, BitVecExpr x, BigInteger c, BigInteger d) {
    if (x.getSortSize() != WIDTH) {
      throw new IllegalArgumentException("a " + WIDTH + "-bit argument, not " + x.getSortSize());
    }
    FuncDecl<BitVecSort> f;
    synchronized (DECLS) {
      f = DECLS.computeIfAbsent(ctx, k -> new HashMap<>())
          .computeIfAbsent(c + "/" + d, k -> define(ctx, c, d));
    }
    return (BitVecExpr) ctx.mkApp(f, x);
  }

  private static FuncDecl<BitVecSort> define(Context ctx, BigInteger c, BigInteger d) {
    BitVecSort sort = ctx.mkBitVecSort(WIDTH);
    FuncDecl<BitVecSort> f = ctx.mkRecFuncDecl(ctx.mkSymbol("quotient_" + c + "_" + d),
        new com.microsoft.z3.Sort[] {sort}, sort);
    BitVecExpr x = ctx.mkBVConst("x", WIDTH);
    // a plain 128-bit divider: measured faster here than d's reciprocal (a 257-bit product)
    int wide = 2 * WIDTH;
    Expr<BitVecSort> body = ctx.mkExtract(WIDTH - 1, 0, ctx.mkBVUDiv(
        ctx.mkBVMul(ctx.mkZeroExt(WIDTH, x), ctx.mkBV(c.toString(), wide)),
        ctx.mkBV(d.toString(), wide)));
    ctx.AddRecDef(f, new Expr<?>[] {x}, body);
    return f;
  }
}
