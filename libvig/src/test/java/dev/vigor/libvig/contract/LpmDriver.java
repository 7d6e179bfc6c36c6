package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteLpm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random LPM updates and lookups over nested, overlapping prefixes and a small capacity. */
final class LpmDriver implements Driver {
  static final int CAPACITY = 6;

  private final ConcreteLpm impl;
  private final LpmContract contract;
  private final Terms t;
  private final List<int[]> routes = new ArrayList<>();
  private final List<Integer> addresses = new ArrayList<>();
  private final Points base;

  LpmDriver(Context ctx, ConcreteLpm impl, Random rnd) {
    this.impl = impl;
    this.contract = LpmContract.create(ctx, "l", impl.capacity());
    this.t = contract.vocabulary().terms();
    int[][] fixed = {{0x0A000000, 8}, {0x0A010000, 16}, {0x0A010100, 24}, {0x0A010101, 32},
        {0, 0}, {0x0A020000, 16}, {0x0B000000, 8}, {0x0A010180, 25}, {0xC0A80000, 16}};
    for (int[] r : fixed) {
      routes.add(r);
    }
    for (int i = 0; i < 2; i++) {
      routes.add(new int[] {rnd.nextInt(), rnd.nextInt(33)});
    }
    int[] fixedAddresses = {0x0A010101, 0x0A010102, 0x0A0101FF, 0x0A020304, 0x0A7F0000,
        0x0B000001, 0x0C000000, 0xC0A80101};
    for (int a : fixedAddresses) {
      addresses.add(a);
    }
    addresses.add(rnd.nextInt());
    List<Expr<?>> keys = new ArrayList<>();
    for (int a : addresses) {
      keys.add(addr(a));
    }
    keys.add(ctx.mkConst("aw", ctx.mkBitVecSort(32)));
    Points p = Points.of(keys, List.of());
    for (int[] r : routes) {
      p = p.withPrefixes(new PrefixPoint(addr(r[0]), len(r[1])));
    }
    this.base = p;
  }

  private Expr<?> addr(int a) {
    return t.num(Integer.toUnsignedLong(a), 32);
  }

  private Expr<?> len(int n) {
    return t.num(n, 8);
  }

  @Override
  public LpmContract contract() {
    return contract;
  }

  @Override
  public Step next(Random rnd) {
    if (rnd.nextInt(100) < 40) {
      int[] r = routes.get(rnd.nextInt(routes.size()));
      int length = rnd.nextInt(25) == 0 ? 33 : r[1];
      // Host bits must be ignored, so sometimes set some.
      int prefix = rnd.nextBoolean() ? r[0] : r[0] | (rnd.nextInt() & ~maskOf(length));
      int value = rnd.nextInt(1 << 16);
      return new Step("lpm_update", List.of(addr(prefix), len(length), t.num(value, 16)),
          () -> List.of(t.truth(impl.update(prefix, length, value))));
    }
    int a = addresses.get(rnd.nextInt(addresses.size()));
    return new Step("lpm_lookup", List.of(addr(a)), () -> {
      var v = impl.lookup(a);
      return List.of(t.truth(v.isPresent()), t.num(v.orElse(0), 16));
    });
  }

  private static int maskOf(int length) {
    return length <= 0 ? 0 : length >= 32 ? -1 : -1 << (32 - length);
  }

  @Override
  public Points points(Step step) {
    if (step.operation().equals("lpm_update")) {
      return base.withPrefixes(new PrefixPoint(step.args().get(0), step.args().get(1)));
    }
    return base;
  }

  @Override
  public BoolExpr abstraction(Expr<?> state, Points points) {
    return contract.abstraction(state, impl, points);
  }

  @Override
  public BoolExpr invariant(Expr<?> state, Points points) {
    return contract.invariant(state, points, t.time(0));
  }
}
