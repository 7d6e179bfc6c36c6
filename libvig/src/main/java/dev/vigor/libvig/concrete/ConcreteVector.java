package dev.vigor.libvig.concrete;

import java.util.BitSet;
import java.util.function.Predicate;

/**
 * The vector of {@code libvig.h}: index 0..capacity-1 to an element (a C value of elemSize bytes),
 * every element zeroed at first, with borrow/return bookkeeping.
 */
public class ConcreteVector {
  private final int elemSize;
  private final byte[][] elems;
  private final BitSet borrowed;
  private final Predicate<byte[]> bound;

  /** A zeroed vector whose elements must satisfy bound (the instantiation's C bound). */
  public ConcreteVector(int capacity, int elemSize, Predicate<byte[]> bound) {
    Checks.capacity(capacity);
    if (elemSize <= 0) {
      throw new IllegalArgumentException("element size must be positive, got " + elemSize);
    }
    this.elemSize = elemSize;
    this.elems = new byte[capacity][];
    for (int i = 0; i < capacity; i++) {
      elems[i] = new byte[elemSize];
    }
    this.borrowed = new BitSet(capacity);
    this.bound = bound;
  }

  /** A zeroed vector without a bound. */
  public ConcreteVector(int capacity, int elemSize) {
    this(capacity, elemSize, e -> true);
  }

  public int capacity() {
    return elems.length;
  }

  public int elemSize() {
    return elemSize;
  }

  /** {@code vector_borrow}: a copy of the element, which the caller now owns until it returns it. */
  public byte[] borrow(int index) {
    Checks.index(index, capacity(), "vector_borrow");
    Checks.require(!borrowed.get(index), "vector_borrow", "index " + index + " is already borrowed");
    borrowed.set(index);
    return elems[index].clone();
  }

  /** {@code vector_return}: gives back the (possibly rewritten) element borrowed at index. */
  public void giveBack(int index, byte[] elem) {
    Checks.index(index, capacity(), "vector_return");
    Checks.require(borrowed.get(index), "vector_return", "index " + index + " is not borrowed");
    byte[] e = Checks.width(elem, elemSize, "vector_return", "element");
    Checks.require(bound.test(e.clone()), "vector_return", "element breaks the vector's bound");
    elems[index] = e;
    borrowed.clear(index);
  }

  /** {@code vector_get}: a copy of the element. */
  public byte[] get(int index) {
    Checks.index(index, capacity(), "vector_get");
    return elems[index].clone();
  }

  /** {@code vector_set}: overwrites the element. */
  public void set(int index, byte[] elem) {
    Checks.index(index, capacity(), "vector_set");
    byte[] e = Checks.width(elem, elemSize, "vector_set", "element");
    Checks.require(bound.test(e.clone()), "vector_set", "element breaks the vector's bound");
    elems[index] = e;
  }

  /** Whether index is currently lent out. */
  public boolean isBorrowed(int index) {
    Checks.index(index, capacity(), "vector_is_borrowed");
    return borrowed.get(index);
  }

  /** How many elements are lent out (must be 0 when nf_process returns). */
  public int borrowedCount() {
    return borrowed.cardinality();
  }
}
