package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.IntSort;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;

/** Python's integer semantics in both domains, on hand-computed values (negative operands included). */
class DomainArithmeticTest {
  private static final long[][] FLOOR_DIV = {{-7, 2, -4}, {7, -2, -4}, {7, 2, 3}, {-7, -2, 3}, {6, -3, -2}};
  private static final long[][] MOD = {{-7, 2, 1}, {7, -2, -1}, {7, 2, 1}, {-7, -2, -1}, {6, -3, 0}};
  private static final long[][] AND = {{-1, 0xff, 0xff}, {-8, 7, 0}, {12, 10, 8}};
  private static final long[][] OR = {{-8, 7, -1}, {12, 10, 14}};
  private static final long[][] XOR = {{-1, 5, -6}, {12, 10, 6}};

  @Test
  void concreteFollowsPython() {
    ConcreteDomain d = new ConcreteDomain(new ConcreteSpecInputs(new byte[0], 0, 0, 0, 0, 0,
        Map.of(), 2, Optional.empty(), Map.of()), Map.of());
    check(FLOOR_DIV, (a, b) -> d.floorDiv(a, b));
    check(MOD, (a, b) -> d.mod(a, b));
    check(AND, (a, b) -> d.bitAnd(a, b));
    check(OR, (a, b) -> d.bitOr(a, b));
    check(XOR, (a, b) -> d.bitXor(a, b));
    // The companion: Java's truncating division is not what the spec means.
    assertNotEquals(BigInteger.valueOf(-7).divide(BigInteger.TWO), d.floorDiv(
        BigInteger.valueOf(-7), BigInteger.TWO));
  }

  @Test
  void symbolicFollowsPython() {
    try (Context ctx = new Context()) {
      SymbolicDomain d = domain(ctx);
      check(FLOOR_DIV, z(d, d::floorDiv));
      check(MOD, z(d, d::mod));
      check(AND, z(d, d::bitAnd));
      check(OR, z(d, d::bitOr));
      check(XOR, z(d, d::bitXor));
    }
  }

  /**
   * On bounded symbolic terms (built of C values, so kept in narrow bit-vectors: shifts and masks
   * by powers of two as extracts, bitwise operators at the operands' width) every result equals
   * Python's for each value of the C bits, negative terms included.
   */
  @Test
  void boundedTermsFollowPython() {
    try (Context ctx = new Context()) {
      SymbolicDomain d = domain(ctx);
      var sb = ctx.mkBVConst("sb", 8);
      var ub = ctx.mkBVConst("ub", 8);
      Expr<IntSort> signed = d.sub(d.fromBits(sb, true), d.num(3));        // [-131, 124]
      Expr<IntSort> sum = d.add(d.add(d.fromBits(ub, false), d.fromBits(ub, false)), d.num(7));
      Map<String, java.util.function.Function<Expr<IntSort>, Expr<IntSort>>> ops =
          new java.util.LinkedHashMap<>();
      ops.put("a >> 2", a -> d.floorDiv(a, d.num(4)));
      ops.put("a >> 9", a -> d.floorDiv(a, d.num(512)));
      ops.put("a % 16", a -> d.mod(a, d.num(16)));
      ops.put("a & 0xF", a -> d.bitAnd(a, d.num(15)));
      ops.put("0x3F & a", a -> d.bitAnd(d.num(63), a));
      ops.put("a & -4", a -> d.bitAnd(a, d.num(-4)));
      ops.put("a | 5", a -> d.bitOr(a, d.num(5)));
      ops.put("a ^ -6", a -> d.bitXor(a, d.num(-6)));
      ops.put("fold", a -> d.add(d.bitAnd(a, d.num(0xFF)), d.floorDiv(a, d.num(256))));
      java.util.function.Function<Expr<IntSort>, Expr<IntSort>> fold = ops.get("fold");
      // a one's-complement sum's complement: twice folded it fits 8 bits, so 0xFF - s is ~s
      ops.put("0xFF - fold(fold(a))", a -> d.sub(d.num(0xFF), fold.apply(fold.apply(a))));
      ops.put("0x7F - fold(a)", a -> d.sub(d.num(0x7F), fold.apply(a)));
      ConcreteDomain c = new ConcreteDomain(new ConcreteSpecInputs(new byte[0], 0, 0, 0, 0, 0,
          Map.of(), 2, Optional.empty(), Map.of()), Map.of());
      // They stay in bit-vectors as narrow as the operands: no integer division, no 256-bit
      // detour (what left the NAT's checksum fold undecided).
      for (var op : ops.entrySet()) {
        Expr<IntSort> e = op.getValue().apply(sum);
        org.junit.jupiter.api.Assertions.assertTrue(widest(e) <= 12, op.getKey() + ": " + e);
      }
      for (int v = 0; v < 256; v++) {
        var subst = new Expr<?>[] {ctx.mkBV(v, 8)};
        BigInteger sv = BigInteger.valueOf((byte) v - 3);
        BigInteger uv = BigInteger.valueOf(2L * v + 7);
        for (var op : ops.entrySet()) {
          for (var term : Map.of(sv, signed, uv, sum).entrySet()) {
            Expr<IntSort> e = op.getValue().apply(term.getValue());
            BigInteger got = ((IntNum) e.substitute(new Expr<?>[] {sb}, subst)
                .substitute(new Expr<?>[] {ub}, subst).simplify()).getBigInteger();
            assertEquals(concrete(c, op.getKey(), term.getKey()), got,
                op.getKey() + " at " + term.getKey());
          }
        }
      }
    }
  }

  /** A symbolic domain over a one-byte packet and fresh inputs. */
  private static SymbolicDomain domain(Context ctx) {
    return new SymbolicDomain(new SymbolicSpecInputs(ctx,
        ArrayPacketTerms.fresh(ctx, "p", 1), ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64),
        ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of()));
  }

  /** The widest bit-vector in a term; Integer.MAX_VALUE when it holds integer div or mod. */
  private static int widest(Expr<?> e) {
    int w = e.getSort() instanceof com.microsoft.z3.BitVecSort s ? s.getSize() : 0;
    if (e.isIDiv() || e.isModulus()) {
      return Integer.MAX_VALUE;
    }
    if (e.isApp()) {
      for (Expr<?> a : e.getArgs()) {
        w = Math.max(w, widest(a));
      }
    }
    return w;
  }

  private static BigInteger concrete(ConcreteDomain c, String op, BigInteger a) {
    return switch (op) {
      case "a >> 2" -> c.floorDiv(a, BigInteger.valueOf(4));
      case "a >> 9" -> c.floorDiv(a, BigInteger.valueOf(512));
      case "a % 16" -> c.mod(a, BigInteger.valueOf(16));
      case "a & 0xF" -> c.bitAnd(a, BigInteger.valueOf(15));
      case "0x3F & a" -> c.bitAnd(a, BigInteger.valueOf(63));
      case "a & -4" -> c.bitAnd(a, BigInteger.valueOf(-4));
      case "a | 5" -> c.bitOr(a, BigInteger.valueOf(5));
      case "a ^ -6" -> c.bitXor(a, BigInteger.valueOf(-6));
      case "0xFF - fold(fold(a))" -> BigInteger.valueOf(0xFF).subtract(cfold(c, cfold(c, a)));
      case "0x7F - fold(a)" -> BigInteger.valueOf(0x7F).subtract(cfold(c, a));
      default -> cfold(c, a);
    };
  }

  private static BigInteger cfold(ConcreteDomain c, BigInteger a) {
    return c.bitAnd(a, BigInteger.valueOf(0xFF)).add(c.floorDiv(a, BigInteger.valueOf(256)));
  }

  /**
   * 0xFFFF - s, for an s twice folded (RFC 1624's complement written as a subtraction), is the
   * complement of s's bits, the term a C checksum update builds; a value that may exceed the
   * mask stays a subtraction.
   */
  @Test
  void aFoldedSumsComplementIsItsBitsComplemented() {
    try (Context ctx = new Context()) {
      SymbolicDomain d = domain(ctx);
      Expr<IntSort> x = d.fromBits(ctx.mkBVConst("x", 16), false);
      Expr<IntSort> y = d.fromBits(ctx.mkBVConst("y", 16), false);
      Expr<IntSort> s = d.add(d.add(d.sub(d.num(0xFFFF), x), y), y);    // up to 0x2FFFD
      java.util.function.UnaryOperator<Expr<IntSort>> fold =
          a -> d.add(d.bitAnd(a, d.num(0xFFFF)), d.floorDiv(a, d.num(0x10000)));
      org.junit.jupiter.api.Assertions.assertTrue(
          d.sub(d.num(0xFFFF), x).toString().contains("bvnot"));
      org.junit.jupiter.api.Assertions.assertTrue(
          d.sub(d.num(0xFFFF), fold.apply(fold.apply(s))).toString().contains("bvnot"));
      // once folded, a sum of three words may still be 0x10000: 0xFFFF - s is then -1, no complement of 16 bits
      Expr<IntSort> once = d.sub(d.num(0xFFFF), fold.apply(s));
      org.junit.jupiter.api.Assertions.assertTrue(once.isSub(), once.toString());
    }
  }

  private static BinaryOperator<BigInteger> z(SymbolicDomain d, BinaryOperator<Expr<IntSort>> op) {
    return (a, b) -> ((IntNum) op.apply(d.num(a), d.num(b)).simplify()).getBigInteger();
  }

  private static void check(long[][] table, BinaryOperator<BigInteger> op) {
    for (long[] row : table) {
      assertEquals(BigInteger.valueOf(row[2]), op.apply(BigInteger.valueOf(row[0]),
          BigInteger.valueOf(row[1])), row[0] + " op " + row[1]);
    }
  }

  /**
   * A signed C value converted by one domain and compared by another (the validator's agreement
   * reads the spec run's terms) stays in bit-vector logic: Z3's API spells a signed bv2int as an
   * ite, which the second domain must still read as the value's bits.
   */
  @Test
  void aSignedValueFromAnotherDomainComparesAsBits() {
    try (Context ctx = new Context()) {
      SymbolicSpecInputs in = new SymbolicSpecInputs(ctx,
          ArrayPacketTerms.fresh(ctx, "p", 1), ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64),
          ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of());
      com.microsoft.z3.BitVecExpr s = ctx.mkBVConst("s", 2);
      com.microsoft.z3.BitVecExpr u = ctx.mkBVConst("u", 16);
      SymbolicDomain first = new SymbolicDomain(in);
      Expr<IntSort> c = first.sub(first.num(BigInteger.valueOf(65535)),
          first.add(first.fromBits(u, false), first.fromBits(s, true)));
      SymbolicDomain second = new SymbolicDomain(in);
      com.microsoft.z3.BoolExpr eq = second.eq(second.fromBits(u, false), c);
      assertEquals(false, usesIntegers(eq), eq.toString());
      // and it means the same as the integer equality, for every value of u and s
      com.microsoft.z3.Solver z = ctx.mkSolver();
      z.add(ctx.mkNot(ctx.mkEq(eq, ctx.mkEq(ctx.mkBV2Int(u, false), c))));
      assertEquals(com.microsoft.z3.Status.UNSATISFIABLE, z.check());
    }
  }

  private static boolean usesIntegers(Expr<?> e) {
    if (e.getSort() instanceof IntSort) {
      return true;
    }
    if (!e.isApp()) {
      return false;
    }
    for (Expr<?> a : e.getArgs()) {
      if (usesIntegers(a)) {
        return true;
      }
    }
    return false;
  }
}
