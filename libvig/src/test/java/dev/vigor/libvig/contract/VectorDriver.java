package dev.vigor.libvig.contract;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Random vector calls on a vector of 3-byte records {uint16_t port; uint8_t flag} bounded by
 * port &lt; 4, with borrow/return misuse and out-of-bound writes mixed in.
 */
final class VectorDriver implements Driver {
  static final int CAPACITY = 6;
  static final int ELEM_SIZE = 3;
  static final int PORTS = 4;
  /** The bound on the concrete side. */
  static final Predicate<byte[]> BOUND = e -> ((e[0] & 0xff) | (e[1] & 0xff) << 8) < PORTS;

  private final ConcreteVector impl;
  private final VectorContract contract;
  private final Terms t;
  private final Points base;

  VectorDriver(Context ctx, ConcreteVector impl) {
    this.impl = impl;
    this.contract = VectorContract.create(ctx, "v", impl.capacity(), ctx.mkBitVecSort(8 * ELEM_SIZE),
        x -> ctx.mkBVULT(ctx.mkExtract(15, 0, Terms.bv(x)), ctx.mkBV(PORTS, 16)));
    this.t = contract.vocabulary().terms();
    List<Expr<?>> indices = new ArrayList<>();
    for (int i = 0; i < impl.capacity(); i++) {
      indices.add(t.index(i));
    }
    indices.add(ctx.mkConst("iw", t.indexSort()));
    this.base = Points.of(List.of(), indices);
  }

  @Override
  public VectorContract contract() {
    return contract;
  }

  private byte[] anyElem(Random rnd) {
    int port = rnd.nextInt(10) == 0 ? PORTS : rnd.nextInt(PORTS);
    return new byte[] {(byte) port, 0, (byte) rnd.nextInt(256)};
  }

  private int anyIndex(Random rnd) {
    return rnd.nextInt(15) == 0 ? (rnd.nextBoolean() ? -1 : impl.capacity())
        : rnd.nextInt(impl.capacity());
  }

  @Override
  public Step next(Random rnd) {
    Context ctx = t.ctx();
    int dice = rnd.nextInt(100);
    int i = anyIndex(rnd);
    if (dice < 25) {
      return new Step("vector_borrow", List.of(t.index(i)),
          () -> List.of(Bytes.toBitVec(ctx, impl.borrow(i))));
    }
    if (dice < 55) {
      int j = i;
      // Mostly give back something actually borrowed.
      for (int k = 0; k < impl.capacity() && rnd.nextInt(5) != 0; k++) {
        if (impl.isBorrowed(k)) {
          j = k;
          break;
        }
      }
      int at = j;
      byte[] e = anyElem(rnd);
      return new Step("vector_return", List.of(t.index(at), Bytes.toBitVec(ctx, e)), () -> {
        impl.giveBack(at, e);
        return List.of();
      });
    }
    if (dice < 75) {
      return new Step("vector_get", List.of(t.index(i)),
          () -> List.of(Bytes.toBitVec(ctx, impl.get(i))));
    }
    byte[] e = anyElem(rnd);
    return new Step("vector_set", List.of(t.index(i), Bytes.toBitVec(ctx, e)), () -> {
      impl.set(i, e);
      return List.of();
    });
  }

  @Override
  public Points points(Step step) {
    return base.withIndices(step.args().get(0));
  }

  @Override
  public BoolExpr abstraction(Expr<?> state, Points points) {
    return contract.abstraction(state, impl, points);
  }

  /** The between-packets invariant once nothing is lent; the bounds at every moment. */
  @Override
  public BoolExpr invariant(Expr<?> state, Points points) {
    return impl.borrowedCount() == 0 ? contract.invariant(state, points, t.time(0))
        : contract.boundsHold(state, points);
  }
}
