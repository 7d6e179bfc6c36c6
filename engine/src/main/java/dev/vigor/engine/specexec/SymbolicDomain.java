package dev.vigor.engine.specexec;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.enumerations.Z3_decl_kind;
import dev.vigor.engine.symex.SharedQuotient;
import dev.vigor.engine.spec.ir.Input;
import dev.vigor.libvig.contract.Terms;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec domain over Z3 terms. Spec integers are Z3 {@code Int} terms: the spec's arithmetic is
 * mathematical, so Int needs no overflow checks on every operation (wide bit-vectors would), and
 * the C values the spec reads (header bytes, inputs, state results) enter through {@code bv2int}.
 * Where a spec integer meets a C value (a key, an index, a time, an element), it goes back to a
 * bit-vector with a side condition that it fits; that conversion is pushed through {@code + - *}
 * and numerals (int2bv is a ring homomorphism modulo 2^w) and undoes {@code bv2int}, so
 * {@code m.add(h.saddr, the_index_allocated, now)} builds exactly the NF's
 * {@code add(S, concat(packet bytes), i, now)} term and most state equalities are syntactic.
 * Bitwise operators go through 256-bit vectors (the walk asks operands to fit).
 */
public final class SymbolicDomain
    implements SpecDomain<Expr<IntSort>, BoolExpr, Expr<BitVecSort>, Expr<?>> {
  private static final int BITWISE_BITS = 256;

  private final Context ctx;
  private final SymbolicSpecInputs in;
  // The state updates of the current run, in order.
  private final List<ContractStep> steps = new ArrayList<>();
  // What this domain learns of terms (which are bv2int of which bits, which are parts of which,
  // tighter bounds) lives in TraceTerms, so runs sharing it know it of each other's terms.

  /** A term that is a bounded term's low bits (x mod 2^k) or high part (floor(x / 2^k)). */
  record Part(Expr<IntSort> of, int k, boolean high) {}

  /** A term that is bv2int of a bit-vector, so converting back gives the bit-vector itself. */
  record Origin(Expr<BitVecSort> bits, boolean signed) {}

  /**
   * The bit-vector an Int term is bv2int of, or null. Terms another domain built (the path's
   * outcome, read again when the validator checks agreement) are recognised by their shape, so
   * their comparisons stay in bit-vector logic too.
   */
  @SuppressWarnings("unchecked")
  private Origin origin(Expr<IntSort> e) {
    Origin o = traceTerms.origins.get(e);
    if (o != null || !e.isApp()) {
      return o;
    }
    if (isKind(e, Z3_decl_kind.Z3_OP_BV2INT) || isKind(e, Z3_decl_kind.Z3_OP_SBV2INT)) {
      o = new Origin((Expr<BitVecSort>) e.getArgs()[0], isKind(e, Z3_decl_kind.Z3_OP_SBV2INT));
      traceTerms.origins.put(e, o);
    } else {
      Expr<BitVecSort> t = signedConversionOf(e);
      if (t != null) {
        o = new Origin(t, true);
        traceTerms.origins.put(e, o);
      }
    }
    return o;
  }

  /**
   * t when e is Z3's own form of a signed bv2int, {@code ite(t < 0, bv2int(t) - 2^n, bv2int(t))}
   * (its API builds the conversion that way), else null: without it a signed C value read by
   * another domain than the one that converted it left comparisons in integer arithmetic (the
   * router's checksum field compared as an Int, seconds of solving).
   */
  @SuppressWarnings("unchecked")
  private Expr<BitVecSort> signedConversionOf(Expr<IntSort> e) {
    if (!e.isITE()) {
      return null;
    }
    Expr<?>[] a = e.getArgs();
    if (!isKind(a[2], Z3_decl_kind.Z3_OP_BV2INT) || !isKind(a[0], Z3_decl_kind.Z3_OP_SLT)
        || !a[1].isSub() || a[1].getNumArgs() != 2) {
      return null;
    }
    Expr<BitVecSort> t = (Expr<BitVecSort>) a[2].getArgs()[0];
    int n = ((BitVecSort) t.getSort()).getSize();
    Expr<?>[] cond = a[0].getArgs();
    Expr<?>[] minus = a[1].getArgs();
    boolean shape = cond[0].equals(t) && cond[1] instanceof BitVecNum z
        && z.getBigInteger().signum() == 0 && minus[0].equals(a[2])
        && minus[1] instanceof IntNum m && m.getBigInteger().equals(BigInteger.ONE.shiftLeft(n));
    return shape ? t : null;
  }

  public SymbolicDomain(SymbolicSpecInputs inputs) {
    this.ctx = inputs.ctx();
    this.in = inputs;
  }

  /** What holds on every run the spec is checked on (nothing, unless told). */
  private java.util.function.Predicate<BoolExpr> entailed = c -> false;

  /**
   * Tells the domain how to learn that a condition holds on every run the spec is checked on
   * (a trace's facts imply it), so a term may leave out a case that never happens.
   */
  public SymbolicDomain entailedBy(java.util.function.Predicate<BoolExpr> facts) {
    this.entailed = java.util.Objects.requireNonNull(facts);
    return this;
  }

  public Context ctx() {
    return ctx;
  }

  /** The state updates made since the last call, in order; starts a new log. */
  public List<ContractStep> takeSteps() {
    List<ContractStep> out = List.copyOf(steps);
    steps.clear();
    return out;
  }

  private Expr<?> step(String object, StructureContractOp op, Expr<?> before, List<Expr<?>> args,
      List<Expr<?>> results) {
    Expr<?> after = op.operation().nextState(before, args, results);
    steps.add(new ContractStep(object, op.operation(), before, after, args, results));
    return after;
  }

  /** An operation looked up by C name. */
  private record StructureContractOp(dev.vigor.libvig.contract.Operation operation) {
    static StructureContractOp of(dev.vigor.libvig.contract.StructureContract<?> c, String name) {
      return new StructureContractOp(c.operation(name).orElseThrow(() ->
          new SpecExecutionException("the " + c.kind() + " contract has no " + name)));
    }
  }

  @Override
  public Expr<IntSort> num(BigInteger value) {
    // the same few numerals (offsets, widths, constants) are asked for all along a trace
    return traceTerms.numerals.computeIfAbsent(value, v -> ctx.mkInt(v.toString()));
  }

  @Override
  public BoolExpr truth(boolean value) {
    return ctx.mkBool(value);
  }

  @Override
  public Expr<IntSort> add(Expr<IntSort> a, Expr<IntSort> b) {
    if (a instanceof IntNum x && b instanceof IntNum y) {
      return num(x.getBigInteger().add(y.getBigInteger()));
    }
    Expr<IntSort> sum = ctx.mkAdd(a, b);
    Range folded = foldRange(a, b);
    if (folded == null) {
      return sum;
    }
    // A fold's sum as its own narrow value (C's checksum updates cast theirs to 16 bits): a
    // later sum then adds it as one operand instead of flattening its parts into its adder.
    int bits = Math.max(1, folded.hi().bitLength());
    Expr<IntSort> narrow = fromBits(extract(toBits(sum, signedBits(sum)), bits - 1, 0), false);
    traceTerms.refined.put(narrow, folded);
    return narrow;
  }

  /**
   * The bounds of (x mod 2^k) + floor(x / 2^k) for a non-negative bounded x (a one's-complement
   * fold, a or b being either part), tighter than adding the parts' bounds: a high part of q
   * leaves at most H mod 2^k for the low bits when q is the largest. Without it the second fold
   * of a checksum seems to reach 2^16 and {@code 0xFFFF - s} cannot be the complement of s's bits.
   * Null when a and b are not the two parts of one term.
   */
  private Range foldRange(Expr<IntSort> a, Expr<IntSort> b) {
    Part pa = traceTerms.parts.get(a);
    Part pb = traceTerms.parts.get(b);
    if (pa == null || pb == null || pa.high() == pb.high() || pa.k() != pb.k()
        || !pa.of().equals(pb.of())) {
      return null;
    }
    Range x = range(pa.of());
    if (x == null || x.lo().signum() < 0) {
      return null;
    }
    BigInteger unit = BigInteger.ONE.shiftLeft(pa.k());
    BigInteger top = x.hi().shiftRight(pa.k());
    BigInteger hi = top.add(x.hi().mod(unit));
    if (top.compareTo(x.lo().shiftRight(pa.k())) > 0) {
      // a smaller high part with every low bit set
      hi = hi.max(top.subtract(BigInteger.ONE).add(unit).subtract(BigInteger.ONE));
    }
    return new Range(BigInteger.ZERO, hi);
  }

  @Override
  public Expr<IntSort> sub(Expr<IntSort> a, Expr<IntSort> b) {
    if (a instanceof IntNum x && b instanceof IntNum y) {
      return num(x.getBigInteger().subtract(y.getBigInteger()));
    }
    Expr<IntSort> complement = complement(a, b);
    return complement != null ? complement : ctx.mkSub(a, b);
  }

  /**
   * (2^k - 1) - b for b in [0, 2^k - 1] is b's k bits complemented, as C's {@code ~} on an
   * unsigned k-bit value: the same number, but the term a C checksum update builds, so Z3 sees
   * one circuit where a subtractor against a complement took it minutes (RFC 1624's
   * {@code ~HC + ~m + m'} written with {@code 0xFFFF - x}). Null when not that case.
   */
  private Expr<IntSort> complement(Expr<IntSort> a, Expr<IntSort> b) {
    if (!(a instanceof IntNum n) || n.getBigInteger().signum() <= 0
        || n.getBigInteger().add(BigInteger.ONE).bitCount() != 1) {
      return null;
    }
    int k = n.getBigInteger().bitLength();
    Range r = range(b);
    if (r == null || signedBits(b) == 0 || r.lo().signum() < 0
        || r.hi().compareTo(n.getBigInteger()) > 0) {
      return null;
    }
    return fromBits(ctx.mkBVNot((BitVecExpr) toBits(b, k)), false);
  }

  @Override
  public Expr<IntSort> mul(Expr<IntSort> a, Expr<IntSort> b) {
    // Numerals fold, so constants such as 300 * 1000 * 1000 * 1000 stay one numeral.
    if (a instanceof IntNum x && b instanceof IntNum y) {
      return num(x.getBigInteger().multiply(y.getBigInteger()));
    }
    return ctx.mkMul(a, b);
  }

  @Override
  public Expr<IntSort> floorDiv(Expr<IntSort> a, Expr<IntSort> b) {
    if (b instanceof IntNum n && n.getBigInteger().signum() > 0) {
      if (a instanceof IntNum x) {
        return num(x.getBigInteger().divide(n.getBigInteger())
            .subtract(x.getBigInteger().signum() < 0
                && x.getBigInteger().mod(n.getBigInteger()).signum() != 0
                ? BigInteger.ONE : BigInteger.ZERO));
      }
      Expr<IntSort> reduced = reducedFloorDiv(a, n.getBigInteger());
      return reduced != null ? reduced : exactFloorDiv(a, n.getBigInteger());
    }
    // For negative divisors floor(a/b) = div(-a, -b).
    Expr<IntSort> zero = num(BigInteger.ZERO);
    return ctx.mkITE(ctx.mkGt(b, zero), ctx.mkDiv(a, b),
        ctx.mkITE(ctx.mkLt(b, zero), ctx.mkDiv(ctx.mkUnaryMinus(a), ctx.mkUnaryMinus(b)), zero));
  }

  /** floor(a / d) for a constant d &gt; 0, in bit-vectors where a is bounded. */
  private Expr<IntSort> exactFloorDiv(Expr<IntSort> a, BigInteger d) {
    Expr<IntSort> shifted = shiftedBits(a, d, true);
    if (shifted == null) {
      shifted = boundedShift(a, d, true);
    }
    if (shifted != null) {
      return shifted;
    }
    Expr<IntSort> bits = floorDivBits(a, d);
    // SMT-LIB div floors for a positive divisor, as Python's // does.
    return bits != null ? bits : ctx.mkDiv(a, num(d));
  }

  /**
   * floor(x * c / d) as floor(x * (c/g) / (d/g)), g the common factor of the constants c and d:
   * the same rational number, so the same floor; the NF's C makes the same reduction of its
   * checked products (see the executor's arithmetic). What is left, for x in the shared symbol's
   * domain, is {@link SharedQuotient}'s quotient, the very term the NF's 64-bit arithmetic names.
   * Null when a is not x times a constant.
   */
  private Expr<IntSort> reducedFloorDiv(Expr<IntSort> a, BigInteger d) {
    if (!a.isMul() || a.getNumArgs() != 2) {
      return null;
    }
    Expr<?>[] args = a.getArgs();
    int k = args[1] instanceof IntNum ? 1 : args[0] instanceof IntNum ? 0 : -1;
    if (k < 0) {
      return null;
    }
    BigInteger c = ((IntNum) args[k]).getBigInteger();
    if (c.signum() <= 0) {
      return null;
    }
    BigInteger g = c.gcd(d);
    @SuppressWarnings("unchecked")
    Expr<IntSort> x = (Expr<IntSort>) args[1 - k];
    BigInteger cg = c.divide(g);
    Expr<IntSort> product = cg.equals(BigInteger.ONE) ? x : mul(x, num(cg));
    BigInteger dg = d.divide(g);
    if (dg.equals(BigInteger.ONE)) {
      return product;
    }
    Expr<IntSort> exact = exactFloorDiv(product, dg);
    Expr<IntSort> shared = sharedQuotient(x, cg, dg, exact);
    return shared != null ? shared : exact;
  }

  /**
   * floor(x * c / d) as {@link SharedQuotient}'s symbol where 0 &lt;= x &lt;= its largest argument,
   * the exact quotient elsewhere, all in bit-vectors; null when x is unbounded or exact is not in
   * bit-vectors.
   */
  private Expr<IntSort> sharedQuotient(Expr<IntSort> x, BigInteger c, BigInteger d,
      Expr<IntSort> exact) {
    Origin eo = origin(exact);
    int xw = signedBits(x);
    if (!SharedQuotient.serves(c, d) || eo == null || xw == 0) {
      return null;
    }
    int n = SharedQuotient.WIDTH;
    int xBits = Math.max(xw, n + 1);
    BitVecExpr xb = (BitVecExpr) toBits(x, xBits);
    BoolExpr inDomain = ctx.mkAnd(ctx.mkBVSLE(ctx.mkBV(0, xBits), xb),
        ctx.mkBVSLE(xb, ctx.mkBV(SharedQuotient.largestArgument(c).toString(), xBits)));
    int w = Math.max(((BitVecSort) eo.bits().getSort()).getSize(), n + 1);
    // in the domain the quotient is below 2^63: its 64 bits read signed are its value
    BitVecExpr shared = ctx.mkSignExt(w - n,
        SharedQuotient.apply(ctx, (BitVecExpr) ctx.mkExtract(n - 1, 0, xb), c, d));
    if (entailed.test(inDomain)) {
      // every run of the trace is in the domain: the exact circuit, which Z3 bit-blasts wherever
      // the term appears (seconds per refill question), would never be taken
      return fromBits(shared, true);
    }
    BitVecExpr q = (BitVecExpr) ctx.mkITE(inDomain, shared, resize(eo.bits(), w, eo.signed()));
    return fromBits(q, true);
  }

  /**
   * floor(a / d) for a bounded a (its C values' widths bound it) and a constant d &gt; 1, as
   * bit-vectors: at a width W holding a - d + 1, floor(a / d) is C's truncating quotient of
   * a (a &gt;= 0) or a - d + 1 (a &lt; 0), taken by multiplication with d's reciprocal
   * ({@link dev.vigor.engine.symex.ConstantDivision}). It stays in the NF's theory: integer
   * {@code div} over bv2int terms, compared with the C quotient, is what leaves a refill such as
   * {@code (now - t) * RATE / 1000000000} undecided. Null when a is unbounded or d unsuitable.
   */
  private Expr<IntSort> floorDivBits(Expr<IntSort> a, BigInteger d) {
    int w = signedBits(a);
    if (w == 0 || d.compareTo(BigInteger.ONE) <= 0) {
      return null;
    }
    int wide = Math.max(w, d.bitLength() + 1) + 1;
    BitVecExpr x = (BitVecExpr) toBits(a, wide);
    BitVecExpr dm1 = ctx.mkBV(d.subtract(BigInteger.ONE).toString(), wide);
    BitVecExpr adjusted = (BitVecExpr) ctx.mkITE(ctx.mkBVSLT(x, ctx.mkBV(0, wide)), ctx.mkBVSub(x, dm1), x);
    BitVecExpr q = dev.vigor.engine.symex.ConstantDivision.sdiv(ctx, adjusted, d);
    if (q == null) {
      q = ctx.mkBVSDiv(adjusted, ctx.mkBV(d.toString(), wide));
    }
    return fromBits(q, true);
  }

  @Override
  public Expr<IntSort> mod(Expr<IntSort> a, Expr<IntSort> b) {
    if (b instanceof IntNum n && n.getBigInteger().signum() > 0) {
      if (a instanceof IntNum x) {
        return num(x.getBigInteger().mod(n.getBigInteger()));
      }
      Expr<IntSort> low = shiftedBits(a, n.getBigInteger(), false);
      if (low == null) {
        low = boundedShift(a, n.getBigInteger(), false);
      }
      // SMT-LIB mod with a positive divisor lies in [0, b), as Python's % does.
      return low != null ? low : ctx.mkMod(a, b);
    }
    return ctx.mkSub(a, ctx.mkMul(b, floorDiv(a, b)));
  }

  /**
   * An unsigned C value divided by (high) or reduced modulo (low) a power of two, as the bits
   * themselves (e.g. an IPv4 header's version and IHL nibbles): keeps the term in bit-vector
   * logic, which Z3 decides far faster than integer division of bv2int. Null when not that case.
   */
  private Expr<IntSort> shiftedBits(Expr<IntSort> a, BigInteger divisor, boolean high) {
    Origin o = origin(a);
    if (o == null || o.signed() || divisor.bitCount() != 1) {
      return null;
    }
    int k = divisor.getLowestSetBit();
    int w = ((BitVecSort) o.bits().getSort()).getSize();
    if (k == 0) {
      return high ? a : num(BigInteger.ZERO);
    }
    if (k >= w) {
      return high ? num(BigInteger.ZERO) : a;
    }
    return part(a, k, high, high ? fromBits(extract(o.bits(), w - 1, k), false)
        : fromBits(extract(o.bits(), k - 1, 0), false));
  }

  /** Notes that result is a's high part or low bits at 2^k (see {@link #foldRange}). */
  private Expr<IntSort> part(Expr<IntSort> a, int k, boolean high, Expr<IntSort> result) {
    traceTerms.parts.put(result, new Part(a, k, high));
    return result;
  }

  /**
   * A bounded term (its range from its C values' widths) divided by (high) or reduced modulo
   * (low) 2^k, as bits of its two's-complement form at a width holding it: floor(a / 2^k) is
   * bits w-1..k read signed (an arithmetic shift), a mod 2^k is bits k-1..0 read unsigned, for
   * every a that fits w signed bits. A non-negative term keeps only the bits its maximum needs,
   * so the result's range stays tight (the folds of a one's-complement sum stay 17 bits). Null
   * when unbounded or not a power of two.
   */
  private Expr<IntSort> boundedShift(Expr<IntSort> a, BigInteger divisor, boolean high) {
    Range r = range(a);
    int w = signedBits(a);
    if (r == null || w == 0 || divisor.bitCount() != 1) {
      return null;
    }
    int k = divisor.getLowestSetBit();
    if (k == 0) {
      return high ? a : num(BigInteger.ZERO);
    }
    boolean nonNegative = r.lo().signum() >= 0;
    // Bits above `top` are copies of the sign (all zero when non-negative).
    int top = nonNegative ? r.hi().bitLength() : w;
    if (k >= top) {
      return high ? (nonNegative ? num(BigInteger.ZERO) : null) : (nonNegative ? a : null);
    }
    Expr<BitVecSort> bits = toBits(a, Math.max(w, k + 1));
    return part(a, k, high, high ? fromBits(extract(bits, top - 1, k), !nonNegative)
        : fromBits(extract(bits, k - 1, 0), false));
  }

  @Override
  public Expr<IntSort> bitAnd(Expr<IntSort> a, Expr<IntSort> b) {
    Expr<IntSort> masked = lowMask(a, b);
    if (masked == null) {
      masked = lowMask(b, a);
    }
    return masked != null ? masked : bitwise(a, b, ctx::mkBVAND);
  }

  /** a &amp; (2^k - 1) is a mod 2^k: for a bounded a, its low k bits. Null when not so. */
  private Expr<IntSort> lowMask(Expr<IntSort> a, Expr<IntSort> mask) {
    if (!(mask instanceof IntNum m) || m.getBigInteger().signum() <= 0
        || m.getBigInteger().add(BigInteger.ONE).bitCount() != 1 || range(a) == null) {
      return null;
    }
    return mod(a, num(m.getBigInteger().add(BigInteger.ONE)));
  }

  @Override
  public Expr<IntSort> bitOr(Expr<IntSort> a, Expr<IntSort> b) {
    return bitwise(a, b, ctx::mkBVOR);
  }

  @Override
  public Expr<IntSort> bitXor(Expr<IntSort> a, Expr<IntSort> b) {
    return bitwise(a, b, ctx::mkBVXOR);
  }

  /**
   * A bitwise operator at the narrowest width holding both operands when their ranges are known
   * (sign extension commutes with and, or and xor, so the signed result is the unbounded one),
   * else at 256 bits (SpecRun requires operands in [-2^255, 2^255)).
   */
  private Expr<IntSort> bitwise(Expr<IntSort> a, Expr<IntSort> b,
      java.util.function.BinaryOperator<BitVecExpr> op) {
    int w = commonBits(a, b);
    if (w > 0) {
      return fromBits(op.apply((BitVecExpr) toBits(a, w), (BitVecExpr) toBits(b, w)), true);
    }
    return ctx.mkBV2Int(op.apply(wide(a), wide(b)), true);
  }

  private BitVecExpr wide(Expr<IntSort> a) {
    return (BitVecExpr) toBits(a, BITWISE_BITS);
  }

  @Override
  public BoolExpr eq(Expr<IntSort> a, Expr<IntSort> b) {
    if (a instanceof IntNum x && b instanceof IntNum y) {
      // Folded so a constant shift's 2^k case split (SpecRun) collapses to one numeral.
      return truth(x.getBigInteger().equals(y.getBigInteger()));
    }
    Range x = range(a);
    Range y = range(b);
    if (x != null && y != null
        && (x.hi().compareTo(y.lo()) < 0 || y.hi().compareTo(x.lo()) < 0)) {
      return ctx.mkFalse();
    }
    int w = commonBits(a, b);
    return w > 0 ? ctx.mkEq(toBits(a, w), toBits(b, w)) : ctx.mkEq(a, b);
  }

  @Override
  public BoolExpr lt(Expr<IntSort> a, Expr<IntSort> b) {
    Range x = range(a);
    Range y = range(b);
    if (x != null && y != null) {
      if (x.hi().compareTo(y.lo()) < 0) {
        return ctx.mkTrue();
      }
      if (x.lo().compareTo(y.hi()) >= 0) {
        return ctx.mkFalse();
      }
    }
    int w = commonBits(a, b);
    return w > 0 ? ctx.mkBVSLT(toBits(a, w), toBits(b, w)) : ctx.mkLt(a, b);
  }

  @Override
  public BoolExpr le(Expr<IntSort> a, Expr<IntSort> b) {
    Range x = range(a);
    Range y = range(b);
    if (x != null && y != null) {
      if (x.hi().compareTo(y.lo()) <= 0) {
        return ctx.mkTrue();
      }
      if (x.lo().compareTo(y.hi()) > 0) {
        return ctx.mkFalse();
      }
    }
    int w = commonBits(a, b);
    return w > 0 ? ctx.mkBVSLE(toBits(a, w), toBits(b, w)) : ctx.mkLe(a, b);
  }

  /**
   * A width at which both terms, and every intermediate value {@link #toBits} computes for them,
   * fit as signed bit-vectors, so comparing the bit-vectors is exactly comparing the integers;
   * 0 when there is none. Comparisons then stay in bit-vector logic, the NF's own theory: mixing
   * integer arithmetic over bv2int with it is what makes Z3 slow on header checks.
   */
  private int commonBits(Expr<IntSort> a, Expr<IntSort> b) {
    int x = signedBits(a);
    int y = signedBits(b);
    return x > 0 && y > 0 ? Math.max(x, y) : 0;
  }

  /** Signed bits holding the term and its sub-terms as toBits builds them; 0 when unbounded. */
  @SuppressWarnings("unchecked")
  private int signedBits(Expr<IntSort> e) {
    if (e instanceof IntNum n) {
      return n.getBigInteger().bitLength() + 1;
    }
    Origin o = origin(e);
    if (o != null) {
      int w = ((BitVecSort) o.bits().getSort()).getSize();
      return o.signed() ? w : w + 1;
    }
    if (e.isAdd() || e.isSub() || e.isMul()) {
      // toBits folds the operands left to right at one width: every partial result must fit.
      Expr<?>[] args = e.getArgs();
      Range acc = range((Expr<IntSort>) args[0]);
      int most = signedBits((Expr<IntSort>) args[0]);
      for (int k = 1; k < args.length && acc != null && most > 0; k++) {
        Range r = range((Expr<IntSort>) args[k]);
        int w = signedBits((Expr<IntSort>) args[k]);
        if (r == null || w == 0) {
          return 0;
        }
        acc = combine(e, acc, r);
        most = Math.max(most, Math.max(w, bitsOf(acc)));
      }
      return acc == null ? 0 : most;
    }
    return 0;
  }

  private static int bitsOf(Range r) {
    return Math.max(r.lo().bitLength(), r.hi().bitLength()) + 1;
  }

  /** The bounds of a + b, a - b or a * b (as {@code op} is) from the operands' bounds. */
  private static Range combine(Expr<?> op, Range a, Range b) {
    if (op.isAdd()) {
      return new Range(a.lo().add(b.lo()), a.hi().add(b.hi()));
    }
    if (op.isSub()) {
      return new Range(a.lo().subtract(b.hi()), a.hi().subtract(b.lo()));
    }
    List<BigInteger> c = List.of(a.lo().multiply(b.lo()), a.lo().multiply(b.hi()),
        a.hi().multiply(b.lo()), a.hi().multiply(b.hi()));
    return new Range(c.stream().min(BigInteger::compareTo).orElseThrow(),
        c.stream().max(BigInteger::compareTo).orElseThrow());
  }

  /** Bounds every value of a term lies within (inclusive). */
  record Range(BigInteger lo, BigInteger hi) {}

  /**
   * The values a spec integer can take whatever its symbols are, from the widths of the C values
   * it is built of; null when unbounded. Comparisons these bounds decide fold to true or false,
   * so "the value fits its C type" costs the solver nothing for a header field stored in a
   * field of the same width (most of a spec's side conditions: bv2int terms in a disjunction
   * are slow for Z3).
   */
  private Range range(Expr<IntSort> e) {
    Range known = traceTerms.refined.get(e);
    if (known != null) {
      return known;
    }
    // remembered for the trace: sums nest, and each level asks for its operands' bounds again
    Optional<Range> seen = traceTerms.ranges.get(e);
    if (seen == null) {
      seen = Optional.ofNullable(rangeOf(e));
      traceTerms.ranges.put(e, seen);
    }
    return seen.orElse(null);
  }

  @SuppressWarnings("unchecked")
  private Range rangeOf(Expr<IntSort> e) {
    if (e instanceof IntNum n) {
      return new Range(n.getBigInteger(), n.getBigInteger());
    }
    Origin o = origin(e);
    if (o != null) {
      int w = ((BitVecSort) o.bits().getSort()).getSize();
      return o.signed()
          ? new Range(BigInteger.ONE.shiftLeft(w - 1).negate(),
              BigInteger.ONE.shiftLeft(w - 1).subtract(BigInteger.ONE))
          : new Range(BigInteger.ZERO, BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
    }
    if (e.isAdd() || e.isSub() || e.isMul()) {
      Expr<?>[] args = e.getArgs();
      Range acc = range((Expr<IntSort>) args[0]);
      for (int k = 1; k < args.length && acc != null; k++) {
        Range r = range((Expr<IntSort>) args[k]);
        acc = r == null ? null : combine(e, acc, r);
      }
      return acc;
    }
    if (e.isITE()) {
      Range a = range((Expr<IntSort>) e.getArgs()[1]);
      Range b = range((Expr<IntSort>) e.getArgs()[2]);
      return a == null || b == null ? null
          : new Range(a.lo().min(b.lo()), a.hi().max(b.hi()));
    }
    return null;
  }

  @Override
  public BoolExpr not(BoolExpr a) {
    return a.isTrue() ? ctx.mkFalse() : a.isFalse() ? ctx.mkTrue() : ctx.mkNot(a);
  }

  @Override
  public BoolExpr and(List<BoolExpr> parts) {
    List<BoolExpr> kept = parts.stream().filter(p -> !p.isTrue()).toList();
    return kept.isEmpty() ? ctx.mkTrue()
        : kept.size() == 1 ? kept.get(0) : ctx.mkAnd(kept.toArray(new BoolExpr[0]));
  }

  @Override
  public BoolExpr or(List<BoolExpr> parts) {
    List<BoolExpr> kept = parts.stream().filter(p -> !p.isFalse()).toList();
    return kept.isEmpty() ? ctx.mkFalse()
        : kept.size() == 1 ? kept.get(0) : ctx.mkOr(kept.toArray(new BoolExpr[0]));
  }

  @Override
  public BoolExpr implies(BoolExpr a, BoolExpr b) {
    return ctx.mkImplies(a, b);
  }

  @Override
  public Expr<IntSort> ite(BoolExpr c, Expr<IntSort> a, Expr<IntSort> b) {
    return c.isTrue() ? a : c.isFalse() ? b : ctx.mkITE(c, a, b);
  }

  @Override
  public Expr<BitVecSort> toBits(Expr<IntSort> value, int bits) {
    Origin o = origin(value);
    if (o != null) {
      return resize(o.bits(), bits, o.signed());
    }
    if (value instanceof IntNum n) {
      BigInteger mod = n.getBigInteger().mod(BigInteger.ONE.shiftLeft(bits));
      return ctx.mkBV(mod.toString(), bits);
    }
    if (value.isAdd() || value.isSub() || value.isMul()) {
      Expr<?>[] args = value.getArgs();
      @SuppressWarnings("unchecked")
      Expr<BitVecSort> acc = toBits((Expr<IntSort>) args[0], bits);
      for (int k = 1; k < args.length; k++) {
        @SuppressWarnings("unchecked")
        Expr<BitVecSort> next = toBits((Expr<IntSort>) args[k], bits);
        acc = value.isAdd() ? ctx.mkBVAdd(acc, next)
            : value.isSub() ? ctx.mkBVSub(acc, next) : ctx.mkBVMul(acc, next);
      }
      return acc;
    }
    return ctx.mkInt2BV(bits, value);
  }

  private Expr<BitVecSort> resize(Expr<BitVecSort> bv, int bits, boolean signed) {
    int have = ((BitVecSort) bv.getSort()).getSize();
    if (have == bits) {
      return bv;
    }
    if (have > bits) {
      return ctx.mkExtract(bits - 1, 0, bv);
    }
    return signed ? ctx.mkSignExt(bits - have, bv) : ctx.mkZeroExt(bits - have, bv);
  }

  @Override
  public Expr<IntSort> fromBits(Expr<BitVecSort> bits, boolean signed) {
    if (bits instanceof BitVecNum c) {
      // a constant (a byte the trace fixes) stays one: the spec's arithmetic on it folds
      BigInteger v = c.getBigInteger();
      int w = c.getSortSize();
      return num(signed && v.testBit(w - 1) ? v.subtract(BigInteger.ONE.shiftLeft(w)) : v);
    }
    Expr<IntSort> n = ctx.mkBV2Int(bits, signed);
    traceTerms.origins.put(n, new Origin(bits, signed));
    return n;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Expr<BitVecSort> extract(Expr<BitVecSort> w, int hi, int lo) {
    int size = ((BitVecSort) w.getSort()).getSize();
    if (hi == size - 1 && lo == 0) {
      return w;
    }
    if (w instanceof BitVecNum n) {
      BigInteger part = n.getBigInteger().shiftRight(lo)
          .mod(BigInteger.ONE.shiftLeft(hi - lo + 1));
      return ctx.mkBV(part.toString(), hi - lo + 1);
    }
    if (isKind(w, Z3_decl_kind.Z3_OP_CONCAT)) {
      // Bits inside one part of a concatenation are that part's bits: keeps re-encoded values
      // the very terms they were built from.
      int top = size;
      for (Expr<?> part : w.getArgs()) {
        int width = ((BitVecSort) part.getSort()).getSize();
        int bottom = top - width;
        if (lo >= bottom && hi < top) {
          return extract((Expr<BitVecSort>) part, hi - bottom, lo - bottom);
        }
        top = bottom;
      }
    }
    return ctx.mkExtract(hi, lo, w);
  }

  @Override
  public Expr<BitVecSort> concat(List<Expr<BitVecSort>> parts) {
    List<Expr<BitVecSort>> merged = mergeAdjacentExtracts(parts);
    Expr<BitVecSort> acc = merged.get(0);
    for (int k = 1; k < merged.size(); k++) {
      acc = ctx.mkConcat(acc, merged.get(k));
    }
    return acc;
  }

  /**
   * Simplified, as the NF's keys are (PathRun.keysSimplified): a record the NF byte-swaps into
   * its struct and the spec's record of the same fields become one term. Only keys: simplifying
   * every record costs the NAT's rewritten packets more than it saves.
   */
  @Override
  public Expr<BitVecSort> keyTerm(Expr<BitVecSort> bits) {
    return traceTerms.simplified(bits);
  }

  /**
   * extract(x, h, m+1) ++ extract(x, m, l) is extract(x, h, l), and numerals merge: keeps
   * re-encoded values the small terms the NF builds.
   */
  @SuppressWarnings("unchecked")
  private List<Expr<BitVecSort>> mergeAdjacentExtracts(List<Expr<BitVecSort>> parts) {
    List<Expr<BitVecSort>> out = new ArrayList<>();
    for (Expr<BitVecSort> p : parts) {
      if (!out.isEmpty()) {
        Expr<BitVecSort> last = out.get(out.size() - 1);
        if (last instanceof BitVecNum a && p instanceof BitVecNum b) {
          int width = b.getSortSize();
          BigInteger v = a.getBigInteger().shiftLeft(width).or(b.getBigInteger());
          out.set(out.size() - 1, ctx.mkBV(v.toString(), a.getSortSize() + width));
          continue;
        }
        if (isExtract(last) && isExtract(p)
            && last.getArgs()[0].equals(p.getArgs()[0])
            && last.getFuncDecl().getParameters()[1].getInt()
                == p.getFuncDecl().getParameters()[0].getInt() + 1) {
          int hi = last.getFuncDecl().getParameters()[0].getInt();
          int lo = p.getFuncDecl().getParameters()[1].getInt();
          out.set(out.size() - 1, extract((Expr<BitVecSort>) p.getArgs()[0], hi, lo));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static boolean isExtract(Expr<?> e) {
    return isKind(e, Z3_decl_kind.Z3_OP_EXTRACT);
  }

  private static boolean isKind(Expr<?> e, Z3_decl_kind kind) {
    return e.isApp() && e.getFuncDecl().getDeclKind() == kind;
  }

  @Override
  public BoolExpr bitsEq(Expr<BitVecSort> a, Expr<BitVecSort> b) {
    return ctx.mkEq(a, b);
  }

  @Override
  public Expr<IntSort> fromBytes(List<Expr<IntSort>> bytes) {
    List<Expr<BitVecSort>> bvs = new ArrayList<>();
    for (Expr<IntSort> b : bytes) {
      if (b instanceof IntNum n && n.getBigInteger().signum() >= 0
          && n.getBigInteger().bitLength() <= 8) {
        bvs.add(ctx.mkBV(n.getBigInteger().intValue(), 8));
        continue;
      }
      Origin o = origin(b);
      if (o == null || o.signed() || ((BitVecSort) o.bits().getSort()).getSize() != 8) {
        return SpecDomain.super.fromBytes(bytes);
      }
      bvs.add(o.bits());
    }
    return fromBits(concat(bvs), false);
  }

  @Override
  public PacketAccess<Expr<IntSort>> packet() {
    return packetAccess(in.packet());
  }

  /** A packet's bytes and length as spec integers. */
  public PacketAccess<Expr<IntSort>> packetAccess(PacketTerms p) {
    return new TermsAccess(p);
  }

  /** Terms shared with other runs on the same packet (see {@link #sharing}). */
  private TraceTerms traceTerms = new TraceTerms();

  /**
   * Shares terms with other runs on the same packet: every spec checked on one
   * trace pops the same headers and branches on the same conditions.
   */
  public SymbolicDomain sharing(TraceTerms terms) {
    this.traceTerms = java.util.Objects.requireNonNull(terms);
    return this;
  }

  /**
   * The same for every run sharing {@link #sharing} terms on an array packet: what the spec
   * reads of a packet's headers is built once per trace instead of once per spec and path.
   */
  @Override
  public <T> T ofPacket(PacketAccess<Expr<IntSort>> p, String what,
      java.util.function.Supplier<T> make) {
    if (p instanceof TermsAccess a && a.terms instanceof ArrayPacketTerms t) {
      return traceTerms.ofPacket(t.bytes(), t.length(), what, make);
    }
    return make.get();
  }

  /** c simplified, once per packet (a spec's paths each run it from the start). */
  public BoolExpr simplified(BoolExpr c) {
    return traceTerms.simplified(c);
  }

  /** A packet seen through its Z3 terms, kept so {@link #sameBytes} can compare whole arrays. */
  private final class TermsAccess implements PacketAccess<Expr<IntSort>> {
    private final PacketTerms terms;

    TermsAccess(PacketTerms terms) {
      this.terms = terms;
    }

    @Override
    public Expr<IntSort> byteAt(Expr<IntSort> offset) {
      BitVecExpr off = (BitVecExpr) traceTerms.offset(offset, o -> toBits(o, 32));
      if (terms instanceof ArrayPacketTerms a) {
        // an array packet's byte is the same term in every run on the packet
        return traceTerms.packetByte(a.bytes(), off, o -> fromBits(terms.byteAt(off), false));
      }
      return fromBits(terms.byteAt(off), false);
    }

    @Override
    public Expr<IntSort> length() {
      return fromBits(terms.length(), false);
    }
  }

  /**
   * For two array-encoded packets, a few terms instead of one per offset (thousands per query):
   * true when the NF wrote no byte (the very same array); when one array is the other with some
   * bytes stored, only the stored offsets can differ, so only those are compared (unless exempt).
   * Otherwise one comparison per offset, as in every domain.
   */
  @Override
  public BoolExpr sameBytesExcept(PacketAccess<Expr<IntSort>> in,
      PacketAccess<Expr<IntSort>> out, int bytesBound,
      java.util.function.Function<Expr<IntSort>, BoolExpr> exempt) {
    if (in instanceof TermsAccess a && out instanceof TermsAccess b
        && a.terms instanceof ArrayPacketTerms x && b.terms instanceof ArrayPacketTerms y) {
      List<Expr<?>> written = storedOffsets(y.bytes(), x.bytes());
      if (written == null) {
        written = storedOffsets(x.bytes(), y.bytes());
      }
      if (written != null) {
        BitVecExpr len = ctx.mkZeroExt(16, x.length());
        List<BoolExpr> c = new ArrayList<>();
        for (Expr<?> at : written) {
          BitVecExpr i = (BitVecExpr) at;
          BoolExpr free = exempt.apply(fromBits(i, false));
          c.add(ctx.mkImplies(and(List.of(ctx.mkBVULT(i, len), not(free))),
              ctx.mkEq(x.byteAt(i), y.byteAt(i))));
        }
        return and(c);
      }
    }
    return SpecDomain.super.sameBytesExcept(in, out, bytesBound, exempt);
  }

  /** The offsets stored into {@code base} to make {@code array}; null when it is not so made. */
  private static List<Expr<?>> storedOffsets(Expr<?> array, Expr<?> base) {
    List<Expr<?>> offsets = new ArrayList<>();
    Expr<?> a = array;
    while (!a.equals(base)) {
      if (!isKind(a, Z3_decl_kind.Z3_OP_STORE)) {
        return null;
      }
      offsets.add(a.getArgs()[1]);
      a = a.getArgs()[0];
    }
    return offsets;
  }

  @Override
  public Expr<IntSort> input(Input input) {
    return switch (input) {
      case RECEIVED_ON_PORT -> fromBits(in.receivedOnPort(), false);
      case NOW -> fromBits(in.now(), true);
      case THE_INDEX_ALLOCATED -> fromBits(in.theIndexAllocated(), true);
      case TIME_FOR_ALLOCATED_INDEX -> fromBits(in.timeForAllocatedIndex(), true);
      case PACKET_SIZE -> packet().length();
      default -> throw new SpecExecutionException(input.specName() + " is not a number");
    };
  }

  @Override
  public Expr<IntSort> config(String name) {
    CTerm c = in.config().get(name);
    if (c == null) {
      throw new SpecExecutionException("no value given for configuration value " + name);
    }
    return fromBits(c.bits(), c.signed());
  }

  @Override
  public Optional<NfOutcome<Expr<IntSort>>> nfOutcome() {
    return in.nfOutcome().map(o -> o instanceof NfOutcome.Device<BitVecExpr> d
        ? new NfOutcome.Device<>(fromBits(d.device(), false))
        : o instanceof NfOutcome.Drop ? new NfOutcome.Drop<>() : new NfOutcome.Flood<>());
  }

  @Override
  public int deviceCount() {
    return in.deviceCount();
  }

  // ---- state: every next state is the contract operation's own term ----

  private <T extends SymbolicState> T state(String object, Class<T> kind) {
    SymbolicState s = in.states().get(object);
    if (!kind.isInstance(s)) {
      throw new SpecExecutionException("no " + kind.getSimpleName().toLowerCase()
          + " contract given for state object " + object);
    }
    return kind.cast(s);
  }

  private dev.vigor.libvig.contract.EmapContract emap(String object) {
    return state(object, SymbolicState.Emap.class).contract();
  }

  private BitVecExpr index(Expr<IntSort> i) {
    return (BitVecExpr) toBits(i, Terms.INDEX_BITS);
  }

  private BitVecExpr time(Expr<IntSort> t) {
    return (BitVecExpr) toBits(t, Terms.TIME_BITS);
  }

  @Override
  public Expr<?> initialState(String object) {
    SymbolicState s = in.states().get(object);
    if (s == null) {
      throw new SpecExecutionException("no state given for imported object " + object);
    }
    return s.pre();
  }

  @Override
  public Expr<?> expireAll(String object, Expr<?> s, Expr<IntSort> t) {
    // emap_expire's count does not enter the next state; the spec leaves it open.
    Expr<?> count = ctx.mkFreshConst(object + ".expired", ctx.mkBitVecSort(Terms.INDEX_BITS));
    return step(object, StructureContractOp.of(emap(object), "emap_expire"), s,
        List.of(time(t)), List.of(count));
  }

  @Override
  public Expr<?> emapAdd(String object, Expr<?> s, Expr<BitVecSort> key, Expr<IntSort> index,
      Expr<IntSort> t) {
    // The spec's add is a successful emap_add that handed out index.
    return step(object, StructureContractOp.of(emap(object), "emap_add"), s,
        List.of(key, time(t)), List.of(ctx.mkTrue(), index(index)));
  }

  @Override
  public Expr<?> emapRefresh(String object, Expr<?> s, Expr<IntSort> index, Expr<IntSort> t) {
    return step(object, StructureContractOp.of(emap(object), "emap_refresh"), s,
        List.of(index(index), time(t)), List.of());
  }

  @Override
  public Expr<?> emapErase(String object, Expr<?> s, Expr<BitVecSort> key) {
    return step(object, StructureContractOp.of(emap(object), "emap_erase"), s, List.of(key),
        List.of());
  }

  @Override
  public BoolExpr emapHas(String object, Expr<?> s, Expr<BitVecSort> key) {
    return state(object, SymbolicState.Emap.class).contract().has(s, key);
  }

  @Override
  public Expr<IntSort> emapGet(String object, Expr<?> s, Expr<BitVecSort> key) {
    return fromBits(state(object, SymbolicState.Emap.class).contract().idx(s, key), true);
  }

  @Override
  public BoolExpr emapHasIdx(String object, Expr<?> s, Expr<IntSort> index) {
    return state(object, SymbolicState.Emap.class).contract().hasIdx(s, index(index));
  }

  @Override
  public Expr<BitVecSort> emapGetKey(String object, Expr<?> s, Expr<IntSort> index) {
    return state(object, SymbolicState.Emap.class).contract().key(s, index(index));
  }

  @Override
  public BoolExpr emapFull(String object, Expr<?> s) {
    return state(object, SymbolicState.Emap.class).contract().full(s);
  }

  @Override
  public Expr<BitVecSort> vectorGet(String object, Expr<?> s, Expr<IntSort> index) {
    return state(object, SymbolicState.Vector.class).contract().get(s, index(index));
  }

  @Override
  public Expr<?> vectorSet(String object, Expr<?> s, Expr<IntSort> index, Expr<BitVecSort> value) {
    return step(object, StructureContractOp.of(
        state(object, SymbolicState.Vector.class).contract(), "vector_set"), s,
        List.of(index(index), value), List.of());
  }

  @Override
  public BoolExpr mapHas(String object, Expr<?> s, Expr<BitVecSort> key) {
    return state(object, SymbolicState.Map.class).contract().has(s, key);
  }

  @Override
  public Expr<BitVecSort> mapGet(String object, Expr<?> s, Expr<BitVecSort> key) {
    return state(object, SymbolicState.Map.class).contract().get(s, key);
  }

  @Override
  public Expr<?> mapPut(String object, Expr<?> s, Expr<BitVecSort> key, Expr<BitVecSort> value) {
    return step(object, StructureContractOp.of(
        state(object, SymbolicState.Map.class).contract(), "map_put"), s, List.of(key, value),
        List.of());
  }

  @Override
  public Expr<?> mapErase(String object, Expr<?> s, Expr<BitVecSort> key) {
    return step(object, StructureContractOp.of(
        state(object, SymbolicState.Map.class).contract(), "map_erase"), s, List.of(key),
        List.of());
  }

  @Override
  public BoolExpr mapFull(String object, Expr<?> s) {
    return state(object, SymbolicState.Map.class).contract().full(s);
  }

  @Override
  public BoolExpr lpmFound(String object, Expr<?> s, Expr<BitVecSort> addr) {
    return state(object, SymbolicState.Lpm.class).contract().found(s, addr);
  }

  @Override
  public Expr<IntSort> lpmValue(String object, Expr<?> s, Expr<BitVecSort> addr) {
    return fromBits(state(object, SymbolicState.Lpm.class).contract().value(s, addr), false);
  }

  // ---- cht ----

  private dev.vigor.libvig.contract.ChtContract cht(String object, String emap) {
    dev.vigor.libvig.contract.ChtContract c = state(object, SymbolicState.Cht.class).contract();
    if (!state(emap, SymbolicState.Emap.class).contract().vocabulary()
        .equals(c.backends().vocabulary())) {
      throw new SpecExecutionException(object + " holds the backends of another emap, not " + emap);
    }
    return c;
  }

  /**
   * The lookup as the NF's cht_find_preferred would make it: a step on the cht whose results are
   * the contract's own exists/choose terms, so its definitions are assumed with the path.
   */
  private void lookup(String object, String emap, Expr<?> table, Expr<?> backends, Expr<?> hash) {
    dev.vigor.libvig.contract.ChtContract c = cht(object, emap);
    steps.add(new ContractStep(object, StructureContractOp.of(c, "cht_find_preferred").operation(),
        table, table, List.of(hash, backends),
        List.of(c.exists(table, backends, hash), c.choose(table, backends, hash))));
  }

  @Override
  public BoolExpr chtExists(String object, Expr<?> table, String emap, Expr<?> backends,
      Expr<IntSort> hash) {
    Expr<?> h = toBits(hash, 32);
    lookup(object, emap, table, backends, h);
    return cht(object, emap).exists(table, backends, h);
  }

  @Override
  public Expr<IntSort> chtChoose(String object, Expr<?> table, String emap, Expr<?> backends,
      Expr<IntSort> hash) {
    Expr<?> h = toBits(hash, 32);
    lookup(object, emap, table, backends, h);
    return fromBits(cht(object, emap).choose(table, backends, h), true);
  }

  /** vig_hash.<bits> of the record: the very symbol the NF's vig_hash calls build. */
  @Override
  public Expr<IntSort> recordHash(Expr<BitVecSort> bytes) {
    bytes = keyTerm(bytes); // the NF's hashed records are simplified too
    int bits = bytes.getSort().getSize();
    com.microsoft.z3.FuncDecl<BitVecSort> f = ctx.mkFuncDecl("vig_hash." + bits,
        new com.microsoft.z3.Sort[] {bytes.getSort()}, ctx.mkBitVecSort(32));
    return fromBits((Expr<BitVecSort>) ctx.mkApp(f, bytes), false);
  }
}
