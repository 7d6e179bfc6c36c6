package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteEmap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random emap calls over a small key pool, so the table fills, keys return and stamps collide. */
final class EmapDriver implements Driver {
  static final int CAPACITY = 8;
  static final int KEY_SIZE = 6;

  private final ConcreteEmap impl;
  private final EmapContract contract;
  private final Terms t;
  private final List<byte[]> pool = new ArrayList<>();
  private final Points base;
  private long now = 100;

  EmapDriver(Context ctx, ConcreteEmap impl, Random rnd) {
    this.impl = impl;
    this.contract = EmapContract.create(ctx, "m", impl.capacity(), ctx.mkBitVecSort(8 * KEY_SIZE));
    this.t = contract.vocabulary().terms();
    List<Expr<?>> keys = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      byte[] k = new byte[KEY_SIZE];
      rnd.nextBytes(k);
      pool.add(k);
      keys.add(Bytes.toBitVec(ctx, k));
    }
    keys.add(ctx.mkConst("kw", contract.vocabulary().keySort()));
    List<Expr<?>> indices = new ArrayList<>();
    for (int i = 0; i < impl.capacity(); i++) {
      indices.add(t.index(i));
    }
    indices.add(ctx.mkConst("iw", t.indexSort()));
    this.base = Points.of(keys, indices);
  }

  @Override
  public EmapContract contract() {
    return contract;
  }

  long now() {
    return now;
  }

  private byte[] anyKey(Random rnd) {
    return pool.get(rnd.nextInt(pool.size()));
  }

  private int anyIndex(Random rnd) {
    // Mostly in range, sometimes just outside, to exercise preconditions.
    return rnd.nextInt(10) == 0 ? (rnd.nextBoolean() ? -1 : impl.capacity())
        : rnd.nextInt(impl.capacity());
  }

  @Override
  public Step next(Random rnd) {
    now += rnd.nextInt(3);
    int dice = rnd.nextInt(100);
    Context ctx = t.ctx();
    if (dice < 30) {
      byte[] k = anyKey(rnd);
      long at = now;
      return new Step("emap_add", List.of(Bytes.toBitVec(ctx, k), t.time(at)), () -> {
        var i = impl.add(k, at);
        return List.of(t.truth(i.isPresent()), t.index(i.orElse(-1)));
      });
    }
    if (dice < 40) {
      byte[] k = anyKey(rnd);
      return new Step("emap_get", List.of(Bytes.toBitVec(ctx, k)), () -> {
        var i = impl.get(k);
        return List.of(t.truth(i.isPresent()), t.index(i.orElse(-1)));
      });
    }
    if (dice < 50) {
      int i = anyIndex(rnd);
      long at = now;
      return new Step("emap_refresh", List.of(t.index(i), t.time(at)), () -> {
        impl.refresh(i, at);
        return List.of();
      });
    }
    if (dice < 62) {
      long olderThan = rnd.nextBoolean() ? now - rnd.nextInt(6) : storedTimeOr(rnd, now);
      return new Step("emap_expire", List.of(t.time(olderThan)),
          () -> List.of(t.index(impl.expire(olderThan))));
    }
    if (dice < 77) {
      byte[] k = anyKey(rnd);
      return new Step("emap_erase", List.of(Bytes.toBitVec(ctx, k)), () -> {
        impl.erase(k);
        return List.of();
      });
    }
    if (dice < 85) {
      int i = anyIndex(rnd);
      return new Step("emap_has_index", List.of(t.index(i)),
          () -> List.of(t.truth(impl.hasIndex(i))));
    }
    if (dice < 93) {
      int i = anyIndex(rnd);
      return new Step("emap_get_key", List.of(t.index(i)),
          () -> List.of(Bytes.toBitVec(ctx, impl.getKey(i))));
    }
    return new Step("emap_full", List.of(), () -> List.of(t.truth(impl.full())));
  }

  /** A timestamp some entry holds (expiry exactly at it), or the fallback. */
  private long storedTimeOr(Random rnd, long fallback) {
    int start = rnd.nextInt(impl.capacity());
    for (int d = 0; d < impl.capacity(); d++) {
      int i = (start + d) % impl.capacity();
      if (impl.hasIndex(i)) {
        return impl.timeOf(i) + (rnd.nextInt(4) == 0 ? 1 : 0);
      }
    }
    return fallback;
  }

  @Override
  public Points points(Step step) {
    Points p = base;
    for (Expr<?> a : step.args()) {
      if (a.getSort().equals(t.indexSort())) {
        p = p.withIndices(a);
      }
    }
    return p;
  }

  @Override
  public BoolExpr abstraction(Expr<?> state, Points points) {
    return contract.abstraction(state, impl, points);
  }

  @Override
  public BoolExpr invariant(Expr<?> state, Points points) {
    return contract.invariant(state, points, t.time(now));
  }
}
