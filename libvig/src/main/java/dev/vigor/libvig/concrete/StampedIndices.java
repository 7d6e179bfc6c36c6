package dev.vigor.libvig.concrete;

import java.util.BitSet;
import java.util.function.IntConsumer;

/** Indices 0..capacity-1, each free or allocated with a timestamp; allocation takes the lowest free. */
final class StampedIndices {
  private final int capacity;
  private final BitSet allocated;
  private final long[] times;
  private int size;

  StampedIndices(int capacity) {
    Checks.capacity(capacity);
    this.capacity = capacity;
    this.allocated = new BitSet(capacity);
    this.times = new long[capacity];
  }

  StampedIndices(StampedIndices other) {
    this.capacity = other.capacity;
    this.allocated = (BitSet) other.allocated.clone();
    this.times = other.times.clone();
    this.size = other.size;
  }

  int capacity() {
    return capacity;
  }

  int size() {
    return size;
  }

  boolean full() {
    return size == capacity;
  }

  boolean isAllocated(int index) {
    return index >= 0 && index < capacity && allocated.get(index);
  }

  long time(int index) {
    return times[index];
  }

  /** The lowest free index, or -1 when all are allocated. */
  int lowestFree() {
    int i = allocated.nextClearBit(0);
    return i < capacity ? i : -1;
  }

  void allocate(int index, long now) {
    allocated.set(index);
    times[index] = now;
    size++;
  }

  void stamp(int index, long now) {
    times[index] = now;
  }

  void free(int index) {
    allocated.clear(index);
    times[index] = 0;
    size--;
  }

  /** Frees every index stamped strictly before olderThan, telling onFree each one first. */
  int expire(long olderThan, IntConsumer onFree) {
    int freed = 0;
    for (int i = allocated.nextSetBit(0); i >= 0; i = allocated.nextSetBit(i + 1)) {
      if (times[i] < olderThan) {
        onFree.accept(i);
        free(i);
        freed++;
      }
    }
    return freed;
  }
}
