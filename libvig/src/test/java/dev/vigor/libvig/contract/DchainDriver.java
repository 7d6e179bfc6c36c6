package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteDchain;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random dchain calls on a small dchain: it fills, drains, and stamps collide. */
final class DchainDriver implements Driver {
  static final int CAPACITY = 8;

  private final ConcreteDchain impl;
  private final DchainContract contract;
  private final Terms t;
  private final Points base;
  private long now = 50;

  DchainDriver(Context ctx, ConcreteDchain impl) {
    this.impl = impl;
    this.contract = DchainContract.create(ctx, "c", impl.capacity());
    this.t = contract.vocabulary().terms();
    List<Expr<?>> indices = new ArrayList<>();
    for (int i = 0; i < impl.capacity(); i++) {
      indices.add(t.index(i));
    }
    indices.add(ctx.mkConst("iw", t.indexSort()));
    this.base = Points.of(List.of(), indices);
  }

  @Override
  public DchainContract contract() {
    return contract;
  }

  private int anyIndex(Random rnd) {
    return rnd.nextInt(12) == 0 ? (rnd.nextBoolean() ? -1 : impl.capacity())
        : rnd.nextInt(impl.capacity());
  }

  @Override
  public Step next(Random rnd) {
    now += rnd.nextInt(3);
    long at = now;
    int dice = rnd.nextInt(100);
    if (dice < 35) {
      return new Step("dchain_allocate", List.of(t.time(at)), () -> {
        var i = impl.allocate(at);
        return List.of(t.truth(i.isPresent()), t.index(i.orElse(-1)));
      });
    }
    int i = anyIndex(rnd);
    if (dice < 50) {
      return new Step("dchain_rejuvenate", List.of(t.index(i), t.time(at)), () -> {
        impl.rejuvenate(i, at);
        return List.of();
      });
    }
    if (dice < 65) {
      return new Step("dchain_is_allocated", List.of(t.index(i)),
          () -> List.of(t.truth(impl.isAllocated(i))));
    }
    if (dice < 82) {
      return new Step("dchain_free", List.of(t.index(i)), () -> {
        impl.free(i);
        return List.of();
      });
    }
    long olderThan = now - rnd.nextInt(8);
    return new Step("dchain_expire", List.of(t.time(olderThan)),
        () -> List.of(t.index(impl.expire(olderThan))));
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
