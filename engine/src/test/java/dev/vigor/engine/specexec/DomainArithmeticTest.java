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
      SymbolicDomain d = new SymbolicDomain(new SymbolicSpecInputs(ctx,
          ArrayPacketTerms.fresh(ctx, "p", 1), ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64),
          ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of()));
      check(FLOOR_DIV, z(d, d::floorDiv));
      check(MOD, z(d, d::mod));
      check(AND, z(d, d::bitAnd));
      check(OR, z(d, d::bitOr));
      check(XOR, z(d, d::bitXor));
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
}
