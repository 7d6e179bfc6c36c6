package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.VigHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random cht lookups while backends come and go (between lookups, the backends emap gains or
 * loses a backend; a lookup reads it as a second object).
 */
final class ChtDriver implements Driver {
  static final int BACKENDS = 5;
  static final int HEIGHT = 13;

  private final ConcreteCht impl;
  private final ConcreteEmap backends;
  private final EmapContract emapContract;
  private final ChtContract contract;
  private final Terms t;
  private final Expr<?> e0;
  private final Points base;
  private final Points emapPoints;

  ChtDriver(Context ctx, ConcreteCht impl) {
    this.impl = impl;
    impl.fill();
    this.backends = new ConcreteEmap(impl.backendCapacity(), 4);
    this.emapContract = EmapContract.create(ctx, "backends", impl.backendCapacity(),
        ctx.mkBitVecSort(32));
    this.contract = ChtContract.create(ctx, "cht", impl.backendCapacity(), impl.height(),
        emapContract);
    this.t = contract.vocabulary().terms();
    this.e0 = emapContract.freshState("E0");
    List<Expr<?>> slots = new ArrayList<>();
    for (int s = 0; s < impl.height(); s++) {
      slots.add(t.index(s));
    }
    List<Expr<?>> ids = new ArrayList<>();
    for (int b = 0; b < impl.backendCapacity(); b++) {
      ids.add(t.index(b));
    }
    this.emapPoints = Points.of(List.of(), ids);
    ids.add(ctx.mkConst("bw", t.indexSort()));
    this.base = Points.of(slots, ids);
  }

  @Override
  public ChtContract contract() {
    return contract;
  }

  @Override
  public Step next(Random rnd) {
    if (rnd.nextInt(10) < 3) {
      int b = rnd.nextInt(impl.backendCapacity());
      byte[] name = VigHash.littleEndian(b);
      if (backends.hasIndex(b)) {
        backends.erase(name);
      } else {
        backends.restore(name, b, 0);
      }
    }
    int hash = rnd.nextInt();
    return new Step("cht_find_preferred", List.of(t.num(Integer.toUnsignedLong(hash), 32), e0),
        () -> {
          var b = impl.findPreferred(hash, backends);
          return List.of(t.truth(b.isPresent()), t.index(b.orElse(-1)));
        });
  }

  @Override
  public Points points(Step step) {
    return base;
  }

  @Override
  public BoolExpr abstraction(Expr<?> state, Points points) {
    return t.and(contract.abstraction(state, impl, points),
        emapContract.abstraction(e0, backends, emapPoints));
  }

  @Override
  public BoolExpr invariant(Expr<?> state, Points points) {
    return contract.invariant(state, points, t.time(0));
  }
}
