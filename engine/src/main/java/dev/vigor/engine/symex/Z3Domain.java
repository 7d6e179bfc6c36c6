package dev.vigor.engine.symex;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.exec.Domain;
import java.math.BigInteger;

/** C values as Z3 terms: bit-vectors of the C width, and Z3 booleans. Constants fold eagerly. */
public class Z3Domain implements Domain<Expr<?>> {
  private final Context ctx;

  public Z3Domain(Context ctx) {
    this.ctx = ctx;
  }

  public Context ctx() {
    return ctx;
  }

  private static BitVecExpr b(Expr<?> e) {
    return (BitVecExpr) e;
  }

  private static BoolExpr t(Expr<?> e) {
    return (BoolExpr) e;
  }

  /**
   * Constant terms already folded, by term: Z3 shares equal terms, and re-execution folds the
   * same constants on every path (checksum loops thousands of times), while each simplify call
   * sets up a rewriter (most of a replayed path's time). Confined to one thread, as the context.
   */
  private final java.util.Map<Expr<?>, Expr<?>> folded = new java.util.HashMap<>();

  /**
   * Folds e, built from operands, when every operand is a numeral, so constant checks and
   * branches cost no query. The operands are passed in rather than read back from e: reading
   * them makes a Java object per argument, with a reference Z3's binding tracks until a
   * collection, and these ran to a tenth of everything a verification allocates.
   */
  private Expr<?> fold(Expr<?> e, Expr<?>... operands) {
    for (Expr<?> a : operands) {
      if (!(a.isNumeral() || a.isTrue() || a.isFalse())) {
        return e;
      }
    }
    return folded.computeIfAbsent(e, Expr::simplify);
  }

  /** Terms simplified so far (branch and check conditions, packet offsets), for the same reason. */
  private final java.util.Map<Expr<?>, Expr<?>> simplified = new java.util.HashMap<>();

  private final BitVecRanges ranges = new BitVecRanges();

  /**
   * The truth of a condition when its form settles it: a constant, or a comparison its
   * operands' ranges decide (see {@link BitVecRanges}); null when only the solver can tell.
   */
  public Boolean settled(Expr<?> b) {
    Boolean k = truthOf(b);
    return k != null ? k : ranges.decide(b);
  }

  /** e simplified by Z3, each distinct term once per context. */
  public Expr<?> simplified(Expr<?> e) {
    return simplified.computeIfAbsent(e, Expr::simplify);
  }

  /** Numerals made so far, of up to 64 bits, by width and value (see num). */
  private final java.util.Map<NumeralKey, Expr<?>> numerals = new java.util.HashMap<>();

  private record NumeralKey(long value, int bits) {}

  /** Past this many distinct numerals, new ones are made each time rather than kept. */
  private static final int NUMERALS_KEPT = 1 << 14;

  /**
   * The numeral value mod 2^bits. The interpreter asks for the same few constants on every
   * statement of every path; each new one is a native call and a Java object Z3's binding tracks
   * until a collection, so the narrow ones are made once per context.
   */
  @Override
  public Expr<?> num(BigInteger value, int bits) {
    BigInteger m = value.mod(BigInteger.ONE.shiftLeft(bits));
    if (bits > 64) {
      return ctx.mkBV(m.toString(), bits);
    }
    NumeralKey key = new NumeralKey(m.longValue(), bits); // the low 64 bits: all of m
    Expr<?> known = numerals.get(key);
    if (known != null) {
      return known;
    }
    Expr<?> made = m.bitLength() < 64 ? ctx.mkBV(key.value(), bits) : ctx.mkBV(m.toString(), bits);
    if (numerals.size() < NUMERALS_KEPT) {
      numerals.put(key, made);
    }
    return made;
  }

  @Override
  public Expr<?> num(long value, int bits) {
    if (value >= 0 && (bits == 64 || bits < 64 && value < (1L << bits))) {
      Expr<?> known = numerals.get(new NumeralKey(value, bits));
      if (known != null) {
        return known;
      }
    }
    return num(BigInteger.valueOf(value), bits);
  }

  @Override
  public BigInteger constant(Expr<?> bv) {
    if (bv instanceof BitVecNum n) {
      return n.getBigInteger();
    }
    Expr<?> s = bv.simplify();
    return s instanceof BitVecNum n ? n.getBigInteger() : null;
  }

  @Override
  public Boolean truthOf(Expr<?> bo) {
    if (bo.isTrue()) {
      return true;
    }
    if (bo.isFalse()) {
      return false;
    }
    return null;
  }

  @Override
  public int bits(Expr<?> bv) {
    return b(bv).getSortSize();
  }

  @Override
  public Expr<?> add(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVAdd(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> sub(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVSub(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> mul(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVMul(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> quotientOfProduct(Expr<?> x, BigInteger c, BigInteger e, int w) {
    Expr<?> exact = Domain.super.quotientOfProduct(x, c, e, w);
    if (w != SharedQuotient.WIDTH || !SharedQuotient.serves(c, e) || x.isNumeral()) {
      return exact; // narrower than the spec's shared symbol, no division, or a shift
    }
    // x * c was checked not to overflow, so for x >= 0 it is in the symbol's domain; C truncates
    // negative quotients, which keep the exact circuit
    return ctx.mkITE(ctx.mkBVSLT(b(x), ctx.mkBV(0, w)), b(exact), SharedQuotient.apply(ctx, b(x), c, e));
  }

  @Override
  public Expr<?> udiv(Expr<?> a, Expr<?> c) {
    BigInteger d = ConstantDivision.constant(b(c));
    BitVecExpr q = d == null || a.isNumeral() ? null : ConstantDivision.udiv(ctx, b(a), d);
    return q != null ? q : fold(ctx.mkBVUDiv(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> sdiv(Expr<?> a, Expr<?> c) {
    BigInteger d = ConstantDivision.constant(b(c));
    BitVecExpr q = d == null || a.isNumeral() ? null : ConstantDivision.sdiv(ctx, b(a), d);
    return q != null ? q : fold(ctx.mkBVSDiv(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> urem(Expr<?> a, Expr<?> c) {
    BigInteger d = ConstantDivision.constant(b(c));
    BitVecExpr q = d == null || a.isNumeral() ? null : ConstantDivision.udiv(ctx, b(a), d);
    return q != null ? ctx.mkBVSub(b(a), ctx.mkBVMul(q, b(c))) : fold(ctx.mkBVURem(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> srem(Expr<?> a, Expr<?> c) {
    BigInteger d = ConstantDivision.constant(b(c));
    BitVecExpr q = d == null || a.isNumeral() ? null : ConstantDivision.sdiv(ctx, b(a), d);
    return q != null ? ctx.mkBVSub(b(a), ctx.mkBVMul(q, b(c))) : fold(ctx.mkBVSRem(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> shl(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVSHL(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> lshr(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVLSHR(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> ashr(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVASHR(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> and(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVAND(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> or(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVOR(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> xor(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVXOR(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> not(Expr<?> a) {
    return fold(ctx.mkBVNot(b(a)), a);
  }

  @Override
  public Expr<?> neg(Expr<?> a) {
    return fold(ctx.mkBVNeg(b(a)), a);
  }

  @Override
  public Expr<?> zext(Expr<?> a, int toBits) {
    return fold(ctx.mkZeroExt(toBits - bits(a), b(a)), a);
  }

  @Override
  public Expr<?> sext(Expr<?> a, int toBits) {
    return fold(ctx.mkSignExt(toBits - bits(a), b(a)), a);
  }

  @Override
  public Expr<?> extract(Expr<?> a, int hi, int lo) {
    if (lo == 0 && hi == bits(a) - 1) {
      return a;
    }
    if (a.isBVExtract()) {
      // bits of bits of x are bits of x
      return extract(a.getArgs()[0], hi + low(a), lo + low(a));
    }
    if (a.isBVConcat() && a.getNumArgs() == 2) {
      Expr<?> h = a.getArgs()[0];
      Expr<?> l = a.getArgs()[1];
      int lw = bits(l);
      if (lo >= lw) {
        return extract(h, hi - lw, lo - lw);
      }
      if (hi < lw) {
        return extract(l, hi, lo);
      }
    }
    return fold(ctx.mkExtract(hi, lo, b(a)), a);
  }

  /**
   * Adjacent slices of one value are rejoined, so a value stored to memory byte by byte and read
   * back is the value itself: the NF's terms then match the spec's syntactically, and the solver
   * does not have to prove them equal bit by bit.
   */
  @Override
  public Expr<?> concat(Expr<?> hi, Expr<?> lo) {
    if (lo.isBVExtract()) {
      if (hi.isBVExtract() && hi.getArgs()[0].equals(lo.getArgs()[0])
          && low(hi) == high(lo) + 1) {
        return extract(lo.getArgs()[0], high(hi), low(lo));
      }
      if (hi.isBVConcat() && hi.getNumArgs() == 2) {
        Expr<?> tail = hi.getArgs()[1];
        Expr<?> joined = concat(tail, lo);
        if (!joined.isBVConcat()) {
          return concat(hi.getArgs()[0], joined);
        }
      }
    }
    return fold(ctx.mkConcat(b(hi), b(lo)), hi, lo);
  }

  /** The low bit of an extract term. */
  private static int low(Expr<?> extract) {
    return extract.getFuncDecl().getParameters()[1].getInt();
  }

  /** The high bit of an extract term. */
  private static int high(Expr<?> extract) {
    return extract.getFuncDecl().getParameters()[0].getInt();
  }

  @Override
  public Expr<?> eq(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkEq(a, c), a, c);
  }

  @Override
  public Expr<?> ult(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVULT(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> ule(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVULE(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> slt(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVSLT(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> sle(Expr<?> a, Expr<?> c) {
    return fold(ctx.mkBVSLE(b(a), b(c)), a, c);
  }

  @Override
  public Expr<?> truth(boolean v) {
    return ctx.mkBool(v);
  }

  @Override
  public Expr<?> bnot(Expr<?> a) {
    return fold(ctx.mkNot(t(a)), a);
  }

  @Override
  public Expr<?> band(Expr<?> a, Expr<?> c) {
    if (a.isFalse() || c.isFalse()) {
      return ctx.mkFalse();
    }
    if (a.isTrue()) {
      return c;
    }
    if (c.isTrue()) {
      return a;
    }
    return ctx.mkAnd(t(a), t(c));
  }

  @Override
  public Expr<?> bor(Expr<?> a, Expr<?> c) {
    if (a.isTrue() || c.isTrue()) {
      return ctx.mkTrue();
    }
    if (a.isFalse()) {
      return c;
    }
    if (c.isFalse()) {
      return a;
    }
    return ctx.mkOr(t(a), t(c));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Expr<?> ite(Expr<?> c, Expr<?> a, Expr<?> e) {
    if (c.isTrue()) {
      return a;
    }
    if (c.isFalse()) {
      return e;
    }
    return ctx.mkITE(t(c), (Expr) a, (Expr) e);
  }
}
