package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The symbolic domain folds comparisons by bounds and moves them into bit-vector logic, and
 * divides C values by powers of two as bit slices: none of that may change a truth value. Random
 * terms over C values of random widths and signedness are compared symbolically, the C values
 * substituted, and the result held against Python's integer semantics computed with BigInteger.
 */
class SymbolicComparisonTest {
  private static final long SEED = Long.getLong("specexec.seed", 20261124L);
  private static final int ROUNDS = 1500;

  /** A spec integer as a term and as the value it has under the chosen C values. */
  private record Term(Expr<IntSort> term, BigInteger value) {}

  @Test
  void comparisonsAgreeWithPythonIntegers() {
    Random random = new Random(SEED);
    try (Context ctx = new Context()) {
      SymbolicDomain d = new SymbolicDomain(new SymbolicSpecInputs(ctx,
          ArrayPacketTerms.fresh(ctx, "p", 1), ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64),
          ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of()));
      int folded = 0;
      for (int round = 0; round < ROUNDS; round++) {
        List<Expr<?>> from = new ArrayList<>();
        List<Expr<?>> to = new ArrayList<>();
        Term a = term(ctx, d, random, 3, from, to, round + "a");
        Term b = term(ctx, d, random, 3, from, to, round + "b");
        int op = random.nextInt(3);
        BoolExpr cond = switch (op) {
          case 0 -> d.eq(a.term(), b.term());
          case 1 -> d.lt(a.term(), b.term());
          default -> d.le(a.term(), b.term());
        };
        boolean expected = switch (op) {
          case 0 -> a.value().equals(b.value());
          case 1 -> a.value().compareTo(b.value()) < 0;
          default -> a.value().compareTo(b.value()) <= 0;
        };
        if (cond.isTrue() || cond.isFalse()) {
          folded++;
        }
        BoolExpr ground = (BoolExpr) cond.substitute(from.toArray(new Expr<?>[0]),
            to.toArray(new Expr<?>[0])).simplify();
        assertTrue(ground.isTrue() || ground.isFalse(), "ground: " + ground);
        assertEquals(expected, ground.isTrue(), () -> "seed " + SEED + ": " + a.value() + " "
            + List.of("==", "<", "<=").get(op) + " " + b.value() + " as " + cond);
      }
      assertTrue(folded > 0, "some comparisons are decided by bounds alone");
    }
  }

  @Test
  void aValueAnotherDomainConvertedIsComparedAsBits() {
    try (Context ctx = new Context()) {
      SymbolicDomain d = new SymbolicDomain(new SymbolicSpecInputs(ctx,
          ArrayPacketTerms.fresh(ctx, "p", 1), ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64),
          ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of()));
      Expr<IntSort> port = ctx.mkBV2Int(ctx.mkBVConst("port", 16), false);
      Expr<IntSort> device = d.fromBits(ctx.mkBVConst("device", 16), false);
      BoolExpr same = d.eq(port, device);
      assertTrue(same.isEq() && same.getArgs()[0] instanceof BitVecExpr, same.toString());
      BoolExpr below = d.lt(port, d.num(BigInteger.TWO));
      assertTrue(below.getArgs()[0] instanceof BitVecExpr, below.toString());
    }
  }

  private static Term term(Context ctx, SymbolicDomain d, Random random, int depth,
      List<Expr<?>> from, List<Expr<?>> to, String tag) {
    int kind = depth == 0 ? random.nextInt(2) : random.nextInt(7);
    switch (kind) {
      case 0 -> {
        BigInteger v = BigInteger.valueOf(random.nextInt(2001) - 1000)
            .shiftLeft(random.nextBoolean() ? 0 : random.nextInt(70));
        return new Term(d.num(v), v);
      }
      case 1 -> {
        int width = 1 + random.nextInt(64);
        boolean signed = random.nextBoolean();
        BitVecExpr bits = ctx.mkBVConst("x" + tag + from.size(), width);
        BigInteger raw = new BigInteger(width, random);
        from.add(bits);
        to.add(ctx.mkBV(raw.toString(), width));
        BigInteger value = signed && raw.testBit(width - 1)
            ? raw.subtract(BigInteger.ONE.shiftLeft(width)) : raw;
        // Some terms come from another domain (the path's outcome read again by the validator):
        // recognised by shape, they must compare exactly the same.
        return new Term(random.nextInt(4) == 0 ? ctx.mkBV2Int(bits, signed)
            : d.fromBits(bits, signed), value);
      }
      case 2, 3, 4 -> {
        Term x = term(ctx, d, random, depth - 1, from, to, tag);
        Term y = term(ctx, d, random, depth - 1, from, to, tag);
        return switch (kind) {
          case 2 -> new Term(d.add(x.term(), y.term()), x.value().add(y.value()));
          case 3 -> new Term(d.sub(x.term(), y.term()), x.value().subtract(y.value()));
          default -> new Term(d.mul(x.term(), y.term()), x.value().multiply(y.value()));
        };
      }
      default -> {
        Term x = term(ctx, d, random, depth - 1, from, to, tag);
        BigInteger divisor = random.nextBoolean()
            ? BigInteger.ONE.shiftLeft(random.nextInt(20))
            : BigInteger.valueOf(1 + random.nextInt(1000));
        Expr<IntSort> n = d.num(divisor);
        // Python: // floors, % takes the divisor's sign (here positive).
        BigInteger[] qr = x.value().divideAndRemainder(divisor);
        BigInteger mod = x.value().mod(divisor);
        BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        return kind == 5 ? new Term(d.floorDiv(x.term(), n), floor)
            : new Term(d.mod(x.term(), n), mod);
      }
    }
  }
}
