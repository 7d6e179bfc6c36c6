package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Z3Domain rejoins adjacent slices of one value and reads slices of slices and of concatenations
 * directly. Rejoining must give the value itself (what makes a value stored to memory and read
 * back match the spec's term), and no rewrite may change a value: random slice-and-join terms
 * over random constants are evaluated both as built and as plain Z3 extract/concat.
 */
class Z3DomainSlicesTest {
  private static final long SEED = Long.getLong("symex.seed", 20261124L);

  @Test
  void aValueCutIntoSlicesAndJoinedInOrderIsTheValueItself() {
    Random random = new Random(SEED);
    try (Context ctx = new Context()) {
      Z3Domain d = new Z3Domain(ctx);
      for (int round = 0; round < 300; round++) {
        int width = 2 + random.nextInt(63);
        BitVecExpr x = ctx.mkBVConst("x" + round, width);
        List<Expr<?>> slices = new ArrayList<>();
        int hi = width - 1;
        while (hi >= 0) {
          int lo = Math.max(0, hi - random.nextInt(9));
          slices.add(d.extract(x, hi, lo));
          hi = lo - 1;
        }
        // memory reads join byte by byte from the most significant side, as Memory does
        Expr<?> acc = null;
        for (Expr<?> s : slices) {
          acc = acc == null ? s : d.concat(acc, s);
        }
        assertEquals(x, acc, "seed " + SEED + " round " + round);
      }
    }
  }

  @Test
  void slicingAndJoiningKeepEveryValue() {
    Random random = new Random(SEED);
    try (Context ctx = new Context()) {
      Z3Domain d = new Z3Domain(ctx);
      for (int round = 0; round < 1000; round++) {
        List<BitVecExpr> vars = new ArrayList<>();
        List<BitVecNum> values = new ArrayList<>();
        Built t = build(ctx, d, random, 4, vars, values, "r" + round);
        Expr<?> a = t.domain().substitute(vars.toArray(new Expr<?>[0]),
            values.toArray(new Expr<?>[0])).simplify();
        Expr<?> b = t.plain().substitute(vars.toArray(new Expr<?>[0]),
            values.toArray(new Expr<?>[0])).simplify();
        assertEquals(b, a, "seed " + SEED + " round " + round + ": " + t.domain() + " vs "
            + t.plain());
      }
    }
  }

  /** A term as Z3Domain builds it and as plain Z3 operations build it. */
  private record Built(BitVecExpr domain, BitVecExpr plain) {}

  private static Built build(Context ctx, Z3Domain d, Random random, int depth,
      List<BitVecExpr> vars, List<BitVecNum> values, String tag) {
    int kind = depth == 0 ? 0 : random.nextInt(3);
    if (kind == 0) {
      // a few shared variables, so slices of the same value meet
      int width = 8 * (1 + random.nextInt(8));
      String name = tag + "v" + random.nextInt(3) + "w" + width;
      BitVecExpr v = ctx.mkBVConst(name, width);
      if (!vars.contains(v)) {
        vars.add(v);
        values.add(ctx.mkBV(new BigInteger(width, random).toString(), width));
      }
      return new Built(v, v);
    }
    Built x = build(ctx, d, random, depth - 1, vars, values, tag);
    if (kind == 1) {
      int w = x.plain().getSortSize();
      int hi = random.nextInt(w);
      int lo = random.nextInt(hi + 1);
      return new Built((BitVecExpr) d.extract(x.domain(), hi, lo),
          ctx.mkExtract(hi, lo, x.plain()));
    }
    Built y = build(ctx, d, random, depth - 1, vars, values, tag);
    if (x.plain().getSortSize() + y.plain().getSortSize() > 256) {
      return x;
    }
    return new Built((BitVecExpr) d.concat(x.domain(), y.domain()),
        ctx.mkConcat(x.plain(), y.plain()));
  }
}
