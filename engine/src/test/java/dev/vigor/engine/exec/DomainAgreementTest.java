package dev.vigor.engine.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.concrete.Bits;
import dev.vigor.engine.concrete.ConcreteDomain;
import dev.vigor.engine.symex.Z3Domain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The two domains the shared interpreter runs on compute the same C arithmetic: every operation
 * on edge and random values of every width gives the same bits in Z3 (folded) and concretely.
 * If they disagreed, replays would diverge from traces.
 */
class DomainAgreementTest {
  private final ConcreteDomain c = new ConcreteDomain();

  private static List<BigInteger> samples(int w, Random rnd) {
    BigInteger mod = BigInteger.ONE.shiftLeft(w);
    List<BigInteger> s = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
        mod.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(w - 1), BigInteger.ONE.shiftLeft(w - 1).subtract(BigInteger.ONE),
        BigInteger.valueOf(w - 1), BigInteger.valueOf(w)));
    for (int i = 0; i < 6; i++) {
      s.add(new BigInteger(w, rnd));
    }
    return s;
  }

  private interface Op {
    <V> V apply(Domain<V> d, V a, V b);
  }

  @Test
  void z3AndConcreteAgreeOnEveryOperation() {
    Random rnd = new Random(42);
    try (Context ctx = new Context()) {
      Z3Domain z = new Z3Domain(ctx);
      List<Op> ops = List.of(
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.add(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.sub(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.mul(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.udiv(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.sdiv(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.urem(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.srem(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.shl(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.lshr(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.ashr(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.and(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.or(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.xor(a, b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.not(a); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.neg(a); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.extract(d.sext(a, 2 * d.bits(a)), 2 * d.bits(a) - 1, d.bits(a) / 2); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.concat(d.zext(a, d.bits(a) + 8), b); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.boolToBv(d.eq(a, b), 8); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.boolToBv(d.ult(a, b), 8); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.boolToBv(d.ule(a, b), 8); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.boolToBv(d.slt(a, b), 8); } },
          new Op() { public <V> V apply(Domain<V> d, V a, V b) { return d.boolToBv(d.sle(a, b), 8); } });
      int compared = 0;
      for (int w : new int[] {8, 16, 32, 64}) {
        List<BigInteger> vs = samples(w, rnd);
        for (BigInteger a : vs) {
          for (BigInteger b : vs) {
            for (int k = 0; k < ops.size(); k++) {
              Op op = ops.get(k);
              Expr<?> zr = op.apply(z, z.num(a, w), z.num(b, w));
              Bits cr = op.apply(c, c.num(a, w), c.num(b, w));
              assertEquals(cr.value(), z.constant(zr), "op " + k + " on " + a + ", " + b + " (" + w + " bits)");
              assertEquals(cr.width(), z.bits(zr));
              compared++;
            }
          }
        }
      }
      assertEquals(4 * 14 * 14 * ops.size(), compared);
    }
  }
}
