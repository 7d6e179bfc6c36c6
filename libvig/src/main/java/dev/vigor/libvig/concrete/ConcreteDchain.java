package dev.vigor.libvig.concrete;

import java.util.OptionalInt;

/** The dchain of {@code libvig.h}: an allocator of indices 0..capacity-1 with timestamps. */
public class ConcreteDchain {
  private final StampedIndices indices;

  /** A dchain with every index free. */
  public ConcreteDchain(int capacity) {
    this.indices = new StampedIndices(capacity);
  }

  /** A deep copy. */
  public ConcreteDchain(ConcreteDchain other) {
    this.indices = new StampedIndices(other.indices);
  }

  public int capacity() {
    return indices.capacity();
  }

  /** How many indices are allocated. */
  public int size() {
    return indices.size();
  }

  /** {@code dchain_allocate}: the lowest free index, stamped now; empty, nothing changed, when full. */
  public OptionalInt allocate(long now) {
    int i = indices.lowestFree();
    if (i < 0) {
      return OptionalInt.empty();
    }
    indices.allocate(i, now);
    return OptionalInt.of(i);
  }

  /** Allocates a chosen free index with a chosen timestamp (replay of a model's pre-state). */
  public void restore(int index, long time) {
    Checks.index(index, capacity(), "dchain_restore");
    Checks.require(!indices.isAllocated(index), "dchain_restore", "index " + index + " is taken");
    indices.allocate(index, time);
  }

  /** {@code dchain_rejuvenate}: restamps an allocated index. */
  public void rejuvenate(int index, long now) {
    requireAllocated(index, "dchain_rejuvenate");
    indices.stamp(index, now);
  }

  /** {@code dchain_is_allocated} (pre: 0 <= index < capacity). */
  public boolean isAllocated(int index) {
    Checks.index(index, capacity(), "dchain_is_allocated");
    return indices.isAllocated(index);
  }

  /** {@code dchain_free}: frees an allocated index. */
  public void free(int index) {
    requireAllocated(index, "dchain_free");
    indices.free(index);
  }

  /** {@code dchain_expire}: frees every index stamped strictly before olderThan; returns how many. */
  public int expire(long olderThan) {
    return indices.expire(olderThan, i -> {});
  }

  /** The timestamp of an allocated index. */
  public long timeOf(int index) {
    requireAllocated(index, "dchain_time");
    return indices.time(index);
  }

  /** Whether every index is allocated. */
  public boolean full() {
    return indices.full();
  }

  private void requireAllocated(int index, String op) {
    Checks.index(index, capacity(), op);
    Checks.require(indices.isAllocated(index), op, "index " + index + " is not allocated");
  }
}
