package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteVector;
import dev.vigor.libvig.concrete.PreconditionViolation;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A ConcreteVector whose every call runs on the C vector in a libvig_driver (which writes a
 * returned element through the pointer vector_borrow lent). The element bound is checked here, on
 * the caller's side: C cannot evaluate an instantiation's bound, the analysis proves it.
 */
final class CVector extends ConcreteVector {
  private final CDriver c;
  private final Predicate<byte[]> bound;

  CVector(CDriver c, int capacity, int elemSize, Predicate<byte[]> bound) {
    super(capacity, elemSize, bound);
    this.c = c;
    this.bound = bound;
    c.call("new vector " + capacity + " " + elemSize);
  }

  private void requireBound(byte[] elem, String op) {
    if (!bound.test(elem.clone())) {
      throw new PreconditionViolation(op, "element breaks the vector's bound");
    }
  }

  @Override
  public byte[] borrow(int index) {
    return CDriver.bytes(c.call("vector_borrow " + index));
  }

  @Override
  public void giveBack(int index, byte[] elem) {
    requireBound(elem, "vector_return");
    c.call("vector_return " + index + " " + CDriver.hex(elem));
  }

  @Override
  public byte[] get(int index) {
    return CDriver.bytes(c.call("vector_get " + index));
  }

  @Override
  public void set(int index, byte[] elem) {
    requireBound(elem, "vector_set");
    c.call("vector_set " + index + " " + CDriver.hex(elem));
  }

  @Override
  public int[] nonZeroIndices() {
    String a = c.call("vector_nonzero").trim();
    return a.isEmpty() ? new int[0]
        : Arrays.stream(a.split(" ")).mapToInt(Integer::parseInt).toArray();
  }

  @Override
  public boolean isBorrowed(int index) {
    return c.bool("vector_is_borrowed " + index);
  }

  @Override
  public int borrowedCount() {
    int n = 0;
    for (int i = 0; i < capacity(); i++) {
      n += isBorrowed(i) ? 1 : 0;
    }
    return n;
  }
}
