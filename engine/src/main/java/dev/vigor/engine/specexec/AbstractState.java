package dev.vigor.engine.specexec;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A libVig object's abstract state as plain immutable data, for the concrete interpreter and
 * counterexample replay. Each update follows the contract's next-state: {@code expireAll(t)}
 * drops entries whose time is below {@code t}; {@code add(k, i, t)} puts {@code k} at index
 * {@code i} stamped {@code t}; {@code refresh(i, t)} restamps index {@code i}.
 */
public sealed interface AbstractState {
  /**
   * A cht: Maglev's table of {@code height} slots over {@code backendCapacity} backends, as
   * cht_fill builds it (a function of its shape alone, and never changed afterwards).
   */
  record Cht(int backendCapacity, int height) implements AbstractState {
    private static final Map<Cht, dev.vigor.libvig.concrete.ConcreteCht> TABLES =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** The filled table. */
    public dev.vigor.libvig.concrete.ConcreteCht table() {
      return TABLES.computeIfAbsent(this, c -> {
        var t = new dev.vigor.libvig.concrete.ConcreteCht(c.backendCapacity, c.height);
        t.fill();
        return t;
      });
    }
  }

  /** An emap: allocated index → (key, time). Keys are C values' bits. */
  record Emap(int capacity, Map<Integer, Entry> entries) implements AbstractState {
    public Emap {
      entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** An empty emap. */
    public static Emap empty(int capacity) {
      return new Emap(capacity, Map.of());
    }

    /** The index of {@code key}, if present. */
    public Optional<Integer> indexOf(Bits key) {
      return entries.entrySet().stream().filter(e -> e.getValue().key().equals(key))
          .map(Map.Entry::getKey).findFirst();
    }

    public boolean full() {
      return entries.size() >= capacity;
    }

    public Emap expire(long olderThan) {
      Map<Integer, Entry> kept = new TreeMap<>(entries);
      kept.values().removeIf(e -> e.time() < olderThan);
      return new Emap(capacity, kept);
    }

    public Emap add(Bits key, int index, long time) {
      Map<Integer, Entry> next = new TreeMap<>(entries);
      next.values().removeIf(e -> e.key().equals(key));
      next.put(index, new Entry(key, time));
      return new Emap(capacity, next);
    }

    public Emap refresh(int index, long time) {
      Entry e = entries.get(index);
      if (e == null) {
        return this;
      }
      Map<Integer, Entry> next = new TreeMap<>(entries);
      next.put(index, new Entry(e.key(), time));
      return new Emap(capacity, next);
    }

    public Emap erase(Bits key) {
      Map<Integer, Entry> next = new TreeMap<>(entries);
      next.values().removeIf(e -> e.key().equals(key));
      return new Emap(capacity, next);
    }
  }

  /** One emap entry. */
  record Entry(Bits key, long time) {}

  /** A vector: every index in [0, capacity) holds an element; unset cells are zero. */
  record Vector(int capacity, int elementBits, Map<Integer, BigInteger> cells) implements AbstractState {
    public Vector {
      cells = Collections.unmodifiableMap(new TreeMap<>(cells));
    }

    public Bits get(int index) {
      return new Bits(cells.getOrDefault(index, BigInteger.ZERO), elementBits);
    }

    public Vector set(int index, Bits value) {
      Map<Integer, BigInteger> next = new TreeMap<>(cells);
      next.put(index, value.value());
      return new Vector(capacity, elementBits, next);
    }

    @Override
    public boolean equals(Object o) {
      // Unset cells are zero: a cell set to zero equals one never set.
      return o instanceof Vector v && v.capacity == capacity && v.elementBits == elementBits
          && nonZero(v.cells).equals(nonZero(cells));
    }

    @Override
    public int hashCode() {
      return nonZero(cells).hashCode();
    }

    private static Map<Integer, BigInteger> nonZero(Map<Integer, BigInteger> cells) {
      Map<Integer, BigInteger> m = new TreeMap<>(cells);
      m.values().removeIf(v -> v.signum() == 0);
      return m;
    }
  }

  /** A map: key bits → value bits. */
  record MapState(int capacity, Map<Bits, Bits> entries) implements AbstractState {
    public MapState {
      entries = Map.copyOf(entries);
    }

    public boolean full() {
      return entries.size() >= capacity;
    }

    public MapState put(Bits key, Bits value) {
      Map<Bits, Bits> next = new java.util.HashMap<>(entries);
      next.put(key, value);
      return new MapState(capacity, next);
    }

    public MapState erase(Bits key) {
      Map<Bits, Bits> next = new java.util.HashMap<>(entries);
      next.remove(key);
      return new MapState(capacity, next);
    }
  }

  /**
   * A longest-prefix-match table: its routes (prefixes with their host bits cleared), at most
   * capacity of them. Specs only read it.
   */
  record Lpm(int capacity, java.util.Set<Route> routes) implements AbstractState {
    public Lpm {
      routes = java.util.Set.copyOf(routes);
    }

    /** The longest route matching the address, if any. */
    public Optional<Route> match(int addr) {
      return routes.stream().filter(r -> r.matches(addr))
          .max(java.util.Comparator.comparingInt(Route::length));
    }
  }

  /** One lpm route: prefix/length (host bits cleared) to value. */
  record Route(int prefix, int length, int value) {
    public Route {
      prefix = prefix & mask(length);
    }

    /** Whether addr falls in this prefix. */
    public boolean matches(int addr) {
      return (addr & mask(length)) == prefix;
    }

    static int mask(int length) {
      return length == 0 ? 0 : -1 << (32 - length);
    }
  }
}
