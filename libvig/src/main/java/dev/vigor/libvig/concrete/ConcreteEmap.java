package dev.vigor.libvig.concrete;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The emap of {@code libvig.h}: keys (C values of keySize bytes) to indices 0..capacity-1, each
 * allocated index with a timestamp. {@link #add} allocates the LOWEST free index. Memory grows
 * with the entries, not the capacity.
 */
public class ConcreteEmap {
  private final int keySize;
  private final StampedIndices indices;
  private final Map<Integer, byte[]> keys;
  private final Map<ByteKey, Integer> byKey;

  /** An empty emap. */
  public ConcreteEmap(int capacity, int keySize) {
    if (keySize <= 0) {
      throw new IllegalArgumentException("key size must be positive, got " + keySize);
    }
    this.keySize = keySize;
    this.indices = new StampedIndices(capacity);
    this.keys = new HashMap<>();
    this.byKey = new HashMap<>();
  }

  /** A deep copy. */
  public ConcreteEmap(ConcreteEmap other) {
    this.keySize = other.keySize;
    this.indices = new StampedIndices(other.indices);
    this.keys = new HashMap<>(other.keys);
    this.byKey = new HashMap<>(other.byKey);
  }

  public int capacity() {
    return indices.capacity();
  }

  public int keySize() {
    return keySize;
  }

  /** How many keys are stored. */
  public int size() {
    return indices.size();
  }

  /** {@code emap_get}: the key's index, or empty. */
  public OptionalInt get(byte[] key) {
    Integer i = byKey.get(new ByteKey(Checks.width(key, keySize, "emap_get", "key")));
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * {@code emap_add}: stores key (pre: absent) at the lowest free index stamped now and returns
   * that index; empty, nothing changed, when full.
   */
  public OptionalInt add(byte[] key, long now) {
    ByteKey k = new ByteKey(Checks.width(key, keySize, "emap_add", "key"));
    Checks.require(!byKey.containsKey(k), "emap_add", "key " + k + " is already present");
    int i = indices.lowestFree();
    if (i < 0) {
      return OptionalInt.empty();
    }
    place(k, i, now);
    return OptionalInt.of(i);
  }

  /**
   * Puts key at a chosen free index with a chosen timestamp, e.g. to rebuild a solver model's
   * pre-state for replay (pre: key absent, index free and in range).
   */
  public void restore(byte[] key, int index, long time) {
    ByteKey k = new ByteKey(Checks.width(key, keySize, "emap_restore", "key"));
    Checks.index(index, capacity(), "emap_restore");
    Checks.require(!byKey.containsKey(k), "emap_restore", "key " + k + " is already present");
    Checks.require(!indices.isAllocated(index), "emap_restore", "index " + index + " is taken");
    place(k, index, time);
  }

  private void place(ByteKey k, int i, long now) {
    indices.allocate(i, now);
    keys.put(i, k.bytes());
    byKey.put(k, i);
    changes.accept(i);
  }

  /** Called with every index whose entry (key, time, or being allocated) changes from now on. */
  private java.util.function.IntConsumer changes = i -> { };

  /**
   * Tells changed with every index whose entry changes from now on (one observer; replaces the
   * last): how a caller follows a table of 65,536 entries without reading all of it per packet.
   */
  public void onChange(java.util.function.IntConsumer changed) {
    this.changes = changed;
  }

  /** {@code emap_refresh}: restamps an allocated index. */
  public void refresh(int index, long now) {
    requireAllocated(index, "emap_refresh");
    indices.stamp(index, now);
    changes.accept(index);
  }

  /** {@code emap_expire}: erases every entry stamped strictly before olderThan; returns how many. */
  public int expire(long olderThan) {
    return indices.expire(olderThan, i -> {
      byKey.remove(new ByteKey(keys.remove(i)));
      changes.accept(i);
    });
  }

  /** {@code emap_erase}: erases key (pre: present) and frees its index. */
  public void erase(byte[] key) {
    ByteKey k = new ByteKey(Checks.width(key, keySize, "emap_erase", "key"));
    Integer i = byKey.get(k);
    Checks.require(i != null, "emap_erase", "key " + k + " is not present");
    byKey.remove(k);
    keys.remove(i);
    indices.free(i);
    changes.accept(i);
  }

  /** {@code emap_has_index} (pre: 0 <= index < capacity). */
  public boolean hasIndex(int index) {
    Checks.index(index, capacity(), "emap_has_index");
    return indices.isAllocated(index);
  }

  /** {@code emap_get_key}: a copy of the key at an allocated index. */
  public byte[] getKey(int index) {
    requireAllocated(index, "emap_get_key");
    return keys.get(index).clone();
  }

  /** The timestamp of an allocated index. */
  public long timeOf(int index) {
    requireAllocated(index, "emap_time");
    return indices.time(index);
  }

  /** The next allocated index from index on (0 for the first), or -1: the entries in order. */
  public int nextIndex(int index) {
    return indices.nextAllocated(index);
  }

  /** {@code emap_full}: whether every index is allocated. */
  public boolean full() {
    return indices.full();
  }

  private void requireAllocated(int index, String op) {
    Checks.index(index, capacity(), op);
    Checks.require(indices.isAllocated(index), op, "index " + index + " is not allocated");
  }
}
