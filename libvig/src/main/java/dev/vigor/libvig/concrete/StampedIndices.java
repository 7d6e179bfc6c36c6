package dev.vigor.libvig.concrete;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Indices 0..capacity-1, each free or allocated with a timestamp; allocation takes the lowest
 * free. Only allocated indices take memory, so a capacity of millions costs what is used.
 */
final class StampedIndices {
  private final int capacity;
  private final BitSet allocated;
  private final Map<Integer, Long> times;
  private int size;

  StampedIndices(int capacity) {
    Checks.capacity(capacity);
    this.capacity = capacity;
    this.allocated = new BitSet();
    this.times = new HashMap<>();
  }

  StampedIndices(StampedIndices other) {
    this.capacity = other.capacity;
    this.allocated = (BitSet) other.allocated.clone();
    this.times = new HashMap<>(other.times);
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
    return times.getOrDefault(index, 0L);
  }

  /** The next allocated index from index on, or -1. */
  int nextAllocated(int index) {
    int i = allocated.nextSetBit(index);
    return i < capacity ? i : -1;
  }

  /** The lowest free index, or -1 when all are allocated. */
  int lowestFree() {
    int i = allocated.nextClearBit(0);
    return i < capacity ? i : -1;
  }

  void allocate(int index, long now) {
    allocated.set(index);
    times.put(index, now);
    size++;
  }

  void stamp(int index, long now) {
    times.put(index, now);
  }

  void free(int index) {
    allocated.clear(index);
    times.remove(index);
    size--;
  }

  /** Frees every index stamped strictly before olderThan, telling onFree each one first. */
  int expire(long olderThan, IntConsumer onFree) {
    int freed = 0;
    for (int i = allocated.nextSetBit(0); i >= 0; i = allocated.nextSetBit(i + 1)) {
      if (time(i) < olderThan) {
        onFree.accept(i);
        free(i);
        freed++;
      }
    }
    return freed;
  }
}
