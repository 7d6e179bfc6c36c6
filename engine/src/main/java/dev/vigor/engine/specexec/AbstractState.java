package dev.vigor.engine.specexec;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

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

  /**
   * The points (indices, or keys of a map) where this state may differ from {@code pre}, when it
   * was derived from {@code pre} by updates (every state not derived from it, or derived through
   * another {@link #rebased} state: empty). Outside them the two hold the same, so two states
   * derived from one pre-state are equal exactly when they agree at the union of their points:
   * what lets a packet's check compare tables of 65,536 entries at the few the packet touched.
   */
  default Optional<java.util.Set<?>> changedSince(AbstractState pre) {
    return this == pre ? Optional.of(java.util.Set.of()) : Optional.empty();
  }

  /** The same state as a new origin: states derived from it report their changes against it. */
  default AbstractState rebased() {
    return this;
  }

  /**
   * Whether a and b, both derived from pre, are equal: compared at the points where either may
   * differ from pre when both know them, else entry by entry.
   */
  static boolean sameAfter(AbstractState pre, AbstractState a, AbstractState b) {
    Optional<java.util.Set<?>> ca = a.changedSince(pre);
    Optional<java.util.Set<?>> cb = b.changedSince(pre);
    if (ca.isEmpty() || cb.isEmpty() || a.getClass() != b.getClass()) {
      return a.equals(b);
    }
    java.util.Set<Object> points = new java.util.HashSet<>(ca.get());
    points.addAll(cb.get());
    for (Object p : points) {
      if (!Objects.equals(a.at(p), b.at(p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the state holds at a point of {@link #changedSince} (null: nothing). A state without
   * points (an lpm, a cht) is one point, itself: its changes are never listed, so it is only ever
   * compared whole.
   */
  default Object at(Object point) {
    return this;
  }

  /**
   * An emap: allocated index → (key, time). Keys are C values' bits. Persistent: an update
   * shares all but what it changes with the state it was made from, and finds a key, and the
   * entries older than a time, without walking the table.
   */
  final class Emap implements AbstractState {
    private final int capacity;
    private final TreePMap<Integer, Entry> entries;
    private final PMap<Bits, Integer> byKey;
    /** (time, index) of every entry, oldest first: what expiry removes is a prefix. */
    private final TreePSet<Stamp> byTime;
    /** Whether two indices hold one key (no emap does; a hand-made state might): keys found by walking. */
    private final boolean repeatedKeys;
    private final Emap origin;
    private final PSet<Integer> changed;

    private record Stamp(long time, int index) implements Comparable<Stamp> {
      @Override
      public int compareTo(Stamp o) {
        int c = Long.compare(time, o.time);
        return c != 0 ? c : Integer.compare(index, o.index);
      }
    }

    public Emap(int capacity, Map<Integer, Entry> entries) {
      this.capacity = capacity;
      this.entries = TreePMap.from(entries);
      Map<Bits, Integer> keys = new java.util.HashMap<>();
      boolean repeated = false;
      java.util.List<Stamp> stamps = new java.util.ArrayList<>();
      for (Map.Entry<Integer, Entry> e : this.entries.entrySet()) {
        repeated |= keys.putIfAbsent(e.getValue().key(), e.getKey()) != null;
        stamps.add(new Stamp(e.getValue().time(), e.getKey()));
      }
      this.byKey = HashTreePMap.from(keys);
      this.byTime = TreePSet.from(stamps);
      this.repeatedKeys = repeated;
      this.origin = null;
      this.changed = HashTreePSet.empty();
    }

    private Emap(Emap from, TreePMap<Integer, Entry> entries, PMap<Bits, Integer> byKey,
        TreePSet<Stamp> byTime, PSet<Integer> touched) {
      this.capacity = from.capacity;
      this.entries = entries;
      this.byKey = byKey;
      this.byTime = byTime;
      this.repeatedKeys = from.repeatedKeys;
      this.origin = from.origin == null ? from : from.origin;
      this.changed = from.origin == null ? touched : from.changed.plusAll(touched);
    }

    /** An empty emap. */
    public static Emap empty(int capacity) {
      return new Emap(capacity, Map.of());
    }

    public int capacity() {
      return capacity;
    }

    /** The entries by index, in index order. */
    public Map<Integer, Entry> entries() {
      return entries;
    }

    /** The index of {@code key}, if present. */
    public Optional<Integer> indexOf(Bits key) {
      if (repeatedKeys) {
        return entries.entrySet().stream().filter(e -> e.getValue().key().equals(key))
            .map(Map.Entry::getKey).findFirst();
      }
      return Optional.ofNullable(byKey.get(key));
    }

    public boolean full() {
      return entries.size() >= capacity;
    }

    public Emap expire(long olderThan) {
      java.util.List<Integer> old = new java.util.ArrayList<>();
      for (Stamp s : byTime.headSet(new Stamp(olderThan, Integer.MIN_VALUE))) {
        old.add(s.index());
      }
      return old.isEmpty() ? this : with(old, null, 0, 0);
    }

    public Emap add(Bits key, int index, long time) {
      return with(keyed(key), key, index, time);
    }

    public Emap refresh(int index, long time) {
      Entry e = entries.get(index);
      return e == null ? this : with(java.util.List.of(), e.key(), index, time);
    }

    public Emap erase(Bits key) {
      java.util.List<Integer> gone = keyed(key);
      return gone.isEmpty() ? this : with(gone, null, 0, 0);
    }

    /** The indices holding key: found through the key index, walked only for repeated keys. */
    private java.util.List<Integer> keyed(Bits key) {
      java.util.List<Integer> at = new java.util.ArrayList<>();
      if (repeatedKeys) {
        entries.forEach((i, e) -> {
          if (e.key().equals(key)) {
            at.add(i);
          }
        });
      } else {
        indexOf(key).ifPresent(at::add);
      }
      return at;
    }

    /**
     * This emap with the entry at index set to entry (null: removed): how a table read back from
     * an implementation follows what a packet changed in it.
     */
    public Emap withEntry(int index, Entry entry) {
      return entry == null ? (entries.containsKey(index) ? with(java.util.List.of(index), null, 0, 0)
          : this) : with(java.util.List.of(), entry.key(), index, entry.time());
    }

    /** Removes the entries at gone, then (when key is not null) puts key at index stamped time. */
    private Emap with(java.util.List<Integer> gone, Bits key, int index, long time) {
      TreePMap<Integer, Entry> es = entries;
      PMap<Bits, Integer> keys = byKey;
      TreePSet<Stamp> stamps = byTime;
      PSet<Integer> touched = HashTreePSet.empty();
      java.util.List<Integer> removed = new java.util.ArrayList<>(gone);
      if (key != null && entries.containsKey(index)) {
        removed.add(index);
      }
      for (int i : removed) {
        Entry e = es.get(i);
        if (e == null) {
          continue;
        }
        es = es.minus(i);
        if (Integer.valueOf(i).equals(keys.get(e.key()))) {
          keys = keys.minus(e.key());
        }
        stamps = stamps.minus(new Stamp(e.time(), i));
        touched = touched.plus(i);
      }
      if (key != null) {
        es = es.plus(index, new Entry(key, time));
        keys = keys.plus(key, index);
        stamps = stamps.plus(new Stamp(time, index));
        touched = touched.plus(index);
      }
      return new Emap(this, es, keys, stamps, touched);
    }

    @Override
    public Optional<java.util.Set<?>> changedSince(AbstractState pre) {
      return this == pre ? Optional.of(java.util.Set.of())
          : origin == pre ? Optional.of(changed) : Optional.empty();
    }

    @Override
    public Emap rebased() {
      return origin == null ? this : new Emap(this);
    }

    private Emap(Emap of) {
      this.capacity = of.capacity;
      this.entries = of.entries;
      this.byKey = of.byKey;
      this.byTime = of.byTime;
      this.repeatedKeys = of.repeatedKeys;
      this.origin = null;
      this.changed = HashTreePSet.empty();
    }

    @Override
    public Object at(Object index) {
      return entries.get(index);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Emap e && e.capacity == capacity && e.entries.equals(entries);
    }

    @Override
    public int hashCode() {
      return 31 * capacity + entries.hashCode();
    }

    @Override
    public String toString() {
      return "Emap[capacity=" + capacity + ", entries=" + entries + "]";
    }
  }

  /** One emap entry. */
  record Entry(Bits key, long time) {}

  /**
   * A vector: every index in [0, capacity) holds an element; unset cells are zero, and only
   * non-zero cells are kept (a cell set to zero equals one never set). Persistent, as an emap.
   */
  final class Vector implements AbstractState {
    private final int capacity;
    private final int elementBits;
    private final TreePMap<Integer, BigInteger> cells;
    private final Vector origin;
    private final PSet<Integer> changed;

    public Vector(int capacity, int elementBits, Map<Integer, BigInteger> cells) {
      this.capacity = capacity;
      this.elementBits = elementBits;
      Map<Integer, BigInteger> nonZero = new java.util.HashMap<>(cells);
      nonZero.values().removeIf(v -> v.signum() == 0);
      this.cells = TreePMap.from(nonZero);
      this.origin = null;
      this.changed = HashTreePSet.empty();
    }

    private Vector(Vector from, TreePMap<Integer, BigInteger> cells, Vector origin,
        PSet<Integer> changed) {
      this.capacity = from.capacity;
      this.elementBits = from.elementBits;
      this.cells = cells;
      this.origin = origin;
      this.changed = changed;
    }

    public int capacity() {
      return capacity;
    }

    public int elementBits() {
      return elementBits;
    }

    /** The non-zero cells by index, in index order. */
    public Map<Integer, BigInteger> cells() {
      return cells;
    }

    public Bits get(int index) {
      return new Bits(cells.getOrDefault(index, BigInteger.ZERO), elementBits);
    }

    public Vector set(int index, Bits value) {
      TreePMap<Integer, BigInteger> next = value.value().signum() == 0 ? cells.minus(index)
          : cells.plus(index, value.value());
      return origin == null ? new Vector(this, next, this, HashTreePSet.singleton(index))
          : new Vector(this, next, origin, changed.plus(index));
    }

    @Override
    public Optional<java.util.Set<?>> changedSince(AbstractState pre) {
      return this == pre ? Optional.of(java.util.Set.of())
          : origin == pre ? Optional.of(changed) : Optional.empty();
    }

    @Override
    public Vector rebased() {
      return origin == null ? this : new Vector(this, cells, null, HashTreePSet.empty());
    }

    @Override
    public Object at(Object index) {
      return cells.get(index);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Vector v && v.capacity == capacity && v.elementBits == elementBits
          && v.cells.equals(cells);
    }

    @Override
    public int hashCode() {
      return cells.hashCode();
    }

    @Override
    public String toString() {
      return "Vector[capacity=" + capacity + ", elementBits=" + elementBits + ", cells=" + cells
          + "]";
    }
  }

  /** A map: key bits → value bits. Persistent, as an emap; its points are keys. */
  final class MapState implements AbstractState {
    private final int capacity;
    private final PMap<Bits, Bits> entries;
    private final MapState origin;
    private final PSet<Bits> changed;

    public MapState(int capacity, Map<Bits, Bits> entries) {
      this(capacity, HashTreePMap.from(entries), null, HashTreePSet.empty());
    }

    private MapState(int capacity, PMap<Bits, Bits> entries, MapState origin, PSet<Bits> changed) {
      this.capacity = capacity;
      this.entries = entries;
      this.origin = origin;
      this.changed = changed;
    }

    public int capacity() {
      return capacity;
    }

    public Map<Bits, Bits> entries() {
      return entries;
    }

    public boolean full() {
      return entries.size() >= capacity;
    }

    public MapState put(Bits key, Bits value) {
      return derived(entries.plus(key, value), key);
    }

    public MapState erase(Bits key) {
      return entries.containsKey(key) ? derived(entries.minus(key), key) : this;
    }

    private MapState derived(PMap<Bits, Bits> next, Bits key) {
      return origin == null ? new MapState(capacity, next, this, HashTreePSet.singleton(key))
          : new MapState(capacity, next, origin, changed.plus(key));
    }

    @Override
    public Optional<java.util.Set<?>> changedSince(AbstractState pre) {
      return this == pre ? Optional.of(java.util.Set.of())
          : origin == pre ? Optional.of(changed) : Optional.empty();
    }

    @Override
    public MapState rebased() {
      return origin == null ? this : new MapState(capacity, entries, null, HashTreePSet.empty());
    }

    @Override
    public Object at(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MapState m && m.capacity == capacity && m.entries.equals(entries);
    }

    @Override
    public int hashCode() {
      return entries.hashCode();
    }

    @Override
    public String toString() {
      return "MapState[capacity=" + capacity + ", entries=" + entries + "]";
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
