package dev.vigor.libvig.concrete;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** The map of {@code libvig.h}: keys to values (C values as bytes), at most capacity entries. */
public class ConcreteMap {
  private final int capacity;
  private final int keySize;
  private final int valueSize;
  private final Predicate<byte[]> bound;
  private final Map<ByteKey, byte[]> entries = new HashMap<>();

  /** An empty map whose values must satisfy bound (the instantiation's C bound). */
  public ConcreteMap(int capacity, int keySize, int valueSize, Predicate<byte[]> bound) {
    Checks.capacity(capacity);
    if (keySize <= 0 || valueSize <= 0) {
      throw new IllegalArgumentException("key and value sizes must be positive");
    }
    this.capacity = capacity;
    this.keySize = keySize;
    this.valueSize = valueSize;
    this.bound = bound;
  }

  /** An empty map without a bound. */
  public ConcreteMap(int capacity, int keySize, int valueSize) {
    this(capacity, keySize, valueSize, v -> true);
  }

  public int capacity() {
    return capacity;
  }

  public int keySize() {
    return keySize;
  }

  public int valueSize() {
    return valueSize;
  }

  public int size() {
    return entries.size();
  }

  /** {@code map_get}: a copy of key's value, or empty. */
  public Optional<byte[]> get(byte[] key) {
    byte[] v = entries.get(new ByteKey(Checks.width(key, keySize, "map_get", "key")));
    return v == null ? Optional.empty() : Optional.of(v.clone());
  }

  /** {@code map_has}. */
  public boolean has(byte[] key) {
    return entries.containsKey(new ByteKey(Checks.width(key, keySize, "map_has", "key")));
  }

  /** {@code map_put}: sets key's value (pre: key present or the map not full; value in bound). */
  public void put(byte[] key, byte[] value) {
    ByteKey k = new ByteKey(Checks.width(key, keySize, "map_put", "key"));
    byte[] v = Checks.width(value, valueSize, "map_put", "value");
    Checks.require(entries.containsKey(k) || entries.size() < capacity, "map_put",
        "the map is full and " + k + " is not in it");
    Checks.require(bound.test(v.clone()), "map_put", "value breaks the map's bound");
    entries.put(k, v);
    changes.accept(k.bytes());
  }

  /** Called with (a copy of) every key put or erased from now on. */
  private java.util.function.Consumer<byte[]> changes = k -> { };

  /** Tells changed with every key put or erased from now on (one observer). */
  public void onChange(java.util.function.Consumer<byte[]> changed) {
    this.changes = changed;
  }

  /** {@code map_erase}: erases key (pre: present). */
  public void erase(byte[] key) {
    ByteKey k = new ByteKey(Checks.width(key, keySize, "map_erase", "key"));
    Checks.require(entries.containsKey(k), "map_erase", "key " + k + " is not present");
    entries.remove(k);
    changes.accept(k.bytes());
  }

  /** Calls visit with a copy of every key and its value. */
  public void forEach(BiConsumer<byte[], byte[]> visit) {
    entries.forEach((k, v) -> visit.accept(k.bytes(), v.clone()));
  }

  /** {@code map_full}. */
  public boolean full() {
    return entries.size() == capacity;
  }
}
