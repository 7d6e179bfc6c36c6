package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Random map calls over a key pool larger than the capacity; values are uint16_t below 1000. */
final class MapDriver implements Driver {
  static final int CAPACITY = 5;
  static final int KEY_SIZE = 4;
  static final int VALUE_SIZE = 2;
  static final int LIMIT = 1000;
  static final Predicate<byte[]> BOUND = v -> ((v[0] & 0xff) | (v[1] & 0xff) << 8) < LIMIT;

  private final ConcreteMap impl;
  private final MapContract contract;
  private final Terms t;
  private final List<byte[]> pool = new ArrayList<>();
  private final Points base;

  MapDriver(Context ctx, ConcreteMap impl, Random rnd) {
    this.impl = impl;
    this.contract = MapContract.create(ctx, "m", impl.capacity(), ctx.mkBitVecSort(8 * KEY_SIZE),
        ctx.mkBitVecSort(8 * VALUE_SIZE), v -> ctx.mkBVULT(Terms.bv(v), ctx.mkBV(LIMIT, 16)));
    this.t = contract.vocabulary().terms();
    List<Expr<?>> keys = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      byte[] k = new byte[KEY_SIZE];
      rnd.nextBytes(k);
      pool.add(k);
      keys.add(Bytes.toBitVec(ctx, k));
    }
    keys.add(ctx.mkConst("kw", contract.vocabulary().keySort()));
    this.base = Points.of(keys, List.of());
  }

  @Override
  public MapContract contract() {
    return contract;
  }

  @Override
  public Step next(Random rnd) {
    Context ctx = t.ctx();
    byte[] k = pool.get(rnd.nextInt(pool.size()));
    Expr<?> kt = Bytes.toBitVec(ctx, k);
    int dice = rnd.nextInt(100);
    if (dice < 20) {
      return new Step("map_get", List.of(kt), () -> {
        var v = impl.get(k);
        return List.of(t.truth(v.isPresent()),
            Bytes.toBitVec(ctx, v.orElse(new byte[VALUE_SIZE])));
      });
    }
    if (dice < 30) {
      return new Step("map_has", List.of(kt), () -> List.of(t.truth(impl.has(k))));
    }
    if (dice < 65) {
      int value = rnd.nextInt(12) == 0 ? LIMIT + rnd.nextInt(100) : rnd.nextInt(LIMIT);
      byte[] v = {(byte) value, (byte) (value >> 8)};
      return new Step("map_put", List.of(kt, Bytes.toBitVec(ctx, v)), () -> {
        impl.put(k, v);
        return List.of();
      });
    }
    if (dice < 90) {
      return new Step("map_erase", List.of(kt), () -> {
        impl.erase(k);
        return List.of();
      });
    }
    return new Step("map_full", List.of(), () -> List.of(t.truth(impl.full())));
  }

  @Override
  public Points points(Step step) {
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
