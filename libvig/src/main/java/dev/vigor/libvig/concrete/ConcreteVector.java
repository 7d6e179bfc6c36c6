package dev.vigor.libvig.concrete;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The vector of {@code libvig.h}: index 0..capacity-1 to an element (a C value of elemSize bytes),
 * every element zeroed at first, with borrow/return bookkeeping. Only elements ever written are
 * stored, so a vector of millions costs what is in it.
 */
public class ConcreteVector {
  private final int capacity;
  private final int elemSize;
  private final Map<Integer, byte[]> elems = new HashMap<>();
  private final BitSet borrowed = new BitSet();
  private final Predicate<byte[]> bound;

  /** A zeroed vector whose elements must satisfy bound (the instantiation's C bound). */
  public ConcreteVector(int capacity, int elemSize, Predicate<byte[]> bound) {
    Checks.capacity(capacity);
    if (elemSize <= 0) {
      throw new IllegalArgumentException("element size must be positive, got " + elemSize);
    }
    this.capacity = capacity;
    this.elemSize = elemSize;
    this.bound = bound;
  }

  /** A zeroed vector without a bound. */
  public ConcreteVector(int capacity, int elemSize) {
    this(capacity, elemSize, e -> true);
  }

  public int capacity() {
    return capacity;
  }

  public int elemSize() {
    return elemSize;
  }

  /** {@code vector_borrow}: a copy of the element, which the caller now owns until it returns it. */
  public byte[] borrow(int index) {
    Checks.index(index, capacity(), "vector_borrow");
    Checks.require(!borrowed.get(index), "vector_borrow", "index " + index + " is already borrowed");
    borrowed.set(index);
    return element(index);
  }

  /** {@code vector_return}: gives back the (possibly rewritten) element borrowed at index. */
  public void giveBack(int index, byte[] elem) {
    Checks.index(index, capacity(), "vector_return");
    Checks.require(borrowed.get(index), "vector_return", "index " + index + " is not borrowed");
    byte[] e = Checks.width(elem, elemSize, "vector_return", "element");
    Checks.require(bound.test(e.clone()), "vector_return", "element breaks the vector's bound");
    store(index, e);
    borrowed.clear(index);
  }

  /** {@code vector_get}: a copy of the element. */
  public byte[] get(int index) {
    Checks.index(index, capacity(), "vector_get");
    return element(index);
  }

  /** {@code vector_set}: overwrites the element. */
  public void set(int index, byte[] elem) {
    Checks.index(index, capacity(), "vector_set");
    byte[] e = Checks.width(elem, elemSize, "vector_set", "element");
    Checks.require(bound.test(e.clone()), "vector_set", "element breaks the vector's bound");
    store(index, e);
  }

  /** The indices whose element is not all zero, in increasing order. */
  public int[] nonZeroIndices() {
    return elems.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private byte[] element(int index) {
    byte[] e = elems.get(index);
    return e == null ? new byte[elemSize] : e.clone();
  }

  /** Called with every index whose element is stored from now on. */
  private java.util.function.IntConsumer changes = i -> { };

  /** Tells changed with every index whose element is stored from now on (one observer). */
  public void onChange(java.util.function.IntConsumer changed) {
    this.changes = changed;
  }

  private void store(int index, byte[] e) {
    changes.accept(index);
    boolean zero = true;
    for (byte b : e) {
      zero &= b == 0;
    }
    if (zero) {
      elems.remove(index);
    } else {
      elems.put(index, e);
    }
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
