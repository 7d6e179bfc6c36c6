package dev.vigor.engine.concrete;

import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.exec.BoundEvaluator;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.LowLevelCheck;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import dev.vigor.libvig.concrete.PreconditionViolation;
import dev.vigor.libvig.concrete.VigHash;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The program's libVig objects as libVig's concrete structures, answering calls in the contract's
 * argument/result order (keys and values as bit-vectors, byte 0 most significant). A broken
 * precondition becomes a {@link LowLevelFailure}.
 */
final class ConcreteLibVig {
  private final Map<String, Object> impls = new HashMap<>();
  private final Program program;
  /** The time of the packet being processed, what declared bounds read as {@code now} (nf_init: 0). */
  private long now;

  ConcreteLibVig(Program program, Map<String, Long> config) {
    this.program = program;
    BoundEvaluator<Bits> bounds = new BoundEvaluator<>(program, new ConcreteDomain(), config);
    for (LibVigObject o : program.objects()) {
      int cap = Math.toIntExact(o.capacity());
      Predicate<byte[]> bound = bytes -> bounds.holds(o, toBits(bytes),
          new Bits(BigInteger.valueOf(now), 64)).isTrue();
      switch (o.kind()) {
        case EMAP -> impls.put(o.name(), new ConcreteEmap(cap, (int) o.keyType().size()));
        case VECTOR -> impls.put(o.name(), new ConcreteVector(cap, (int) o.valueType().size(), bound));
        case MAP -> impls.put(o.name(), new ConcreteMap(cap, (int) o.keyType().size(), (int) o.valueType().size(), bound));
        case DCHAIN -> impls.put(o.name(), new ConcreteDchain(cap));
        case LPM -> impls.put(o.name(), new ConcreteLpm(cap));
        case CHT -> impls.put(o.name(), new ConcreteCht(cap, Math.toIntExact(o.height())));
        default -> { }
      }
    }
  }

  /** Sets the packet time that declared bounds read as {@code now}. */
  void setNow(long now) {
    this.now = now;
  }

  /** The model's values of vig_hash by record (hex), used instead of FNV-1a when replaying. */
  private final Map<String, Integer> hashOracle = new HashMap<>();

  /** Fills the objects with a model's pre-state entries (see {@link ConcreteInput}). */
  void load(ConcreteInput input) {
    // a cht never changes after nf_init's cht_fill, which is deterministic: the pre-state of
    // every cht is its filled table (the symbolic executor pins the same rows)
    impls.values().forEach(i -> {
      if (i instanceof ConcreteCht c && !c.filled()) {
        c.fill();
      }
    });
    for (ConcreteInput.HashValue h : input.hashes()) {
      hashOracle.put(java.util.HexFormat.of().formatHex(h.data()), h.hash());
    }
    for (ConcreteInput.ObjectState s : input.objects()) {
      Object impl = impls.get(s.object());
      program.object(s.object()).filter(o -> s.full() && o.capacity() > MAX_FILL)
          .ifPresent(o -> {
            throw new PreconditionViolation("replay", "the input needs " + o.name() + " full, with "
                + o.capacity() + " entries; replay fills tables of at most " + MAX_FILL);
          });
      Set<BigInteger> keys = new HashSet<>();
      s.entries().forEach(e -> {
        if (e.key() != null) {
          keys.add(new BigInteger(1, e.key()));
        }
      });
      if (impl instanceof ConcreteEmap em) {
        for (ConcreteInput.Entry e : s.entries()) {
          em.restore(e.key(), e.index(), e.time());
        }
        if (s.full()) {
          // the model's other entries are unknown; any keys will do, stamped now so no expiry removes them
          int n = 0;
          for (int i = 0; i < em.capacity(); i++) {
            if (!em.hasIndex(i)) {
              byte[] k = filler(em.keySize(), n++, keys);
              em.restore(k, i, input.now());
            }
          }
        }
      } else if (impl instanceof ConcreteVector v) {
        for (ConcreteInput.Entry e : s.entries()) {
          v.set(e.index(), e.value());
        }
      } else if (impl instanceof ConcreteMap m) {
        for (ConcreteInput.Entry e : s.entries()) {
          m.put(e.key(), e.value());
        }
        int n = 0;
        while (s.full() && !m.full()) {
          m.put(filler(m.keySize(), n++, keys), new byte[m.valueSize()]);
        }
      } else if (impl instanceof ConcreteLpm l) {
        // routes: key = prefix bytes, index = length, value = the 16-bit value's bytes
        for (ConcreteInput.Entry e : s.entries()) {
          l.update(new BigInteger(1, e.key()).intValue(), e.index(), new BigInteger(1, e.value()).intValue());
        }
      } else if (impl instanceof ConcreteDchain c) {
        for (ConcreteInput.Entry e : s.entries()) {
          c.restore(e.index(), e.time());
        }
        for (int i = 0; s.full() && i < c.capacity(); i++) {
          if (!c.isAllocated(i)) {
            c.restore(i, input.now());
          }
        }
      }
    }
  }

  /**
   * The most entries a replay makes up to fill a table its input needs full: beyond, replay
   * would take the memory and time of a real full table of millions, so it declines (the
   * finding stays unconfirmed, unknown), saying so.
   */
  static final long MAX_FILL = 1 << 20;

  /** Per object, what changed since the last {@link #drainChanges}; null while not tracking. */
  private Map<String, TableChanges> changes;

  /**
   * Starts recording what changes in each object: the indices of emaps and vectors, the keys of
   * maps, and objects changed as a whole (an lpm updated, a cht filled).
   */
  void trackChanges() {
    changes = new java.util.LinkedHashMap<>();
    impls.forEach((name, impl) -> {
      if (impl instanceof ConcreteEmap em) {
        em.onChange(i -> changesOf(name).indices().add(i));
      } else if (impl instanceof ConcreteVector v) {
        v.onChange(i -> changesOf(name).indices().add(i));
      } else if (impl instanceof ConcreteMap m) {
        m.onChange(k -> changesOf(name).keys().add(new BigInteger(1, k)));
      }
    });
  }

  private TableChanges changesOf(String object) {
    return changes.computeIfAbsent(object, o -> new TableChanges());
  }

  private void markWhole(String object) {
    if (changes != null) {
      changesOf(object).markWhole();
    }
  }

  /** What changed since the last call (or since tracking started), by object; then forgets it. */
  Map<String, TableChanges> drainChanges() {
    if (changes == null) {
      throw new IllegalStateException("changes are not tracked");
    }
    Map<String, TableChanges> out = changes;
    changes = new java.util.LinkedHashMap<>();
    return out;
  }

  /**
   * The current entry of an emap (key, index, time) or vector (index, value; zero cells too) at
   * index, or of a map (key, value) at the key's bytes; empty when it holds none.
   */
  Optional<ConcreteInput.Entry> entry(String object, int index, byte[] key) {
    Object impl = impls.get(object);
    if (impl instanceof ConcreteEmap em) {
      return em.hasIndex(index) ? Optional.of(emapEntry(em, index)) : Optional.empty();
    } else if (impl instanceof ConcreteVector v) {
      return Optional.of(new ConcreteInput.Entry(null, index, Long.MIN_VALUE, v.get(index)));
    } else if (impl instanceof ConcreteMap m) {
      return m.get(key).map(value -> new ConcreteInput.Entry(key, -1, Long.MIN_VALUE, value));
    }
    throw new IllegalArgumentException(object + " is not an emap, vector or map");
  }

  /** An allocated emap index as an entry: its key, index and time. */
  private static ConcreteInput.Entry emapEntry(ConcreteEmap em, int index) {
    return new ConcreteInput.Entry(em.getKey(index), index, em.timeOf(index), null);
  }

  /** Each emap, vector, map and lpm entry by entry, in the program's object order. */
  List<ConcreteInput.ObjectState> snapshot() {
    List<ConcreteInput.ObjectState> out = new java.util.ArrayList<>();
    for (LibVigObject o : program.objects()) {
      Object impl = impls.get(o.name());
      List<ConcreteInput.Entry> entries = new java.util.ArrayList<>();
      if (impl instanceof ConcreteEmap em) {
        for (int i = em.nextIndex(0); i >= 0; i = i + 1 < em.capacity() ? em.nextIndex(i + 1) : -1) {
          entries.add(emapEntry(em, i));
        }
        out.add(new ConcreteInput.ObjectState(o.name(), "emap", entries, em.full()));
      } else if (impl instanceof ConcreteVector v) {
        for (int i : v.nonZeroIndices()) {
          entries.add(new ConcreteInput.Entry(null, i, Long.MIN_VALUE, v.get(i)));
        }
        out.add(new ConcreteInput.ObjectState(o.name(), "vector", entries, false));
      } else if (impl instanceof ConcreteMap m) {
        m.forEach((k, v) -> entries.add(new ConcreteInput.Entry(k, -1, Long.MIN_VALUE, v)));
        out.add(new ConcreteInput.ObjectState(o.name(), "map", entries, m.full()));
      } else if (impl instanceof ConcreteLpm l) {
        // routes as entries, as the model readers write them
        for (dev.vigor.libvig.concrete.Route r : l.routes()) {
          entries.add(new ConcreteInput.Entry(prefixBytes(r.prefix()), r.length(), Long.MIN_VALUE,
              new byte[] {(byte) (r.value() >>> 8), (byte) r.value()}));
        }
        out.add(new ConcreteInput.ObjectState(o.name(), "lpm", entries, l.size() == l.capacity()));
      } else if (impl instanceof ConcreteCht) {
        out.add(new ConcreteInput.ObjectState(o.name(), "cht", entries, false));
      }
    }
    return out;
  }

  private static byte[] prefixBytes(int prefix) {
    return new byte[] {(byte) (prefix >>> 24), (byte) (prefix >>> 16), (byte) (prefix >>> 8), (byte) prefix};
  }

  /** The n-th filler key: a pattern unlikely to be a real address, never one of the model's keys. */
  private static byte[] filler(int size, int n, Set<BigInteger> taken) {
    for (long c = n; ; c += 1_000_003) {
      byte[] k = new byte[size];
      k[0] = (byte) 0xFE;
      for (int i = 0; i < Math.min(size - 1, 8); i++) {
        k[size - 1 - i] = (byte) (c >>> (8 * i));
      }
      if (!taken.contains(new BigInteger(1, k))) {
        return k;
      }
    }
  }

  /** The chts nf_init left unfilled (cht_find_preferred on them would break its precondition). */
  List<String> unfilledChts() {
    List<String> out = new java.util.ArrayList<>();
    impls.forEach((name, i) -> {
      if (i instanceof ConcreteCht c && !c.filled()) {
        out.add(name);
      }
    });
    return out;
  }

  /** A call that also takes other libVig objects (cht_find_preferred's backends emap). */
  List<Bits> call(String fn, LibVigObject obj, List<LibVigObject> others, List<Bits> a, SourceLocation loc) {
    if (!fn.equals("cht_find_preferred") || others.size() != 1) {
      throw new OutsideSubsetException(fn + " is not supported by the concrete interpreter yet");
    }
    try {
      OptionalInt r = ((ConcreteCht) impls.get(obj.name()))
          .findPreferred(a.get(0).value().intValue(), (ConcreteEmap) impls.get(others.get(0).name()));
      return List.of(bool(r.isPresent()), index(r.orElse(0)));
    } catch (PreconditionViolation e) {
      throw new LowLevelFailure(LowLevelCheck.LIBVIG_PRECONDITION, loc, e.getMessage());
    }
  }

  List<Bits> call(String fn, LibVigObject obj, List<Bits> a, SourceLocation loc) {
    if (obj == null && fn.equals("vig_hash")) {
      byte[] data = bytes(a.get(0));
      Integer h = hashOracle.get(java.util.HexFormat.of().formatHex(data));
      return List.of(new Bits(BigInteger.valueOf(Integer.toUnsignedLong(h != null ? h : VigHash.hash(data))), 32));
    }
    Object impl = impls.get(obj.name());
    if (fn.equals("lpm_update") || fn.equals("cht_fill")) {
      markWhole(obj.name()); // followed as a whole: such calls are rare and the objects small
    }
    try {
      return dispatch(fn, impl, a);
    } catch (PreconditionViolation e) {
      throw new LowLevelFailure(LowLevelCheck.LIBVIG_PRECONDITION, loc, e.getMessage());
    }
  }

  private List<Bits> dispatch(String fn, Object impl, List<Bits> a) {
    switch (fn) {
      case "emap_get": {
        OptionalInt r = ((ConcreteEmap) impl).get(bytes(a.get(0)));
        return List.of(bool(r.isPresent()), index(r.orElse(0)));
      }
      case "emap_add": {
        OptionalInt r = ((ConcreteEmap) impl).add(bytes(a.get(0)), time(a.get(1)));
        return List.of(bool(r.isPresent()), index(r.orElse(0)));
      }
      case "emap_refresh":
        ((ConcreteEmap) impl).refresh(idx(a.get(0)), time(a.get(1)));
        return List.of();
      case "emap_expire":
        return List.of(index(((ConcreteEmap) impl).expire(time(a.get(0)))));
      case "emap_erase":
        ((ConcreteEmap) impl).erase(bytes(a.get(0)));
        return List.of();
      case "emap_has_index":
        return List.of(bool(((ConcreteEmap) impl).hasIndex(idx(a.get(0)))));
      case "emap_get_key":
        return List.of(toBits(((ConcreteEmap) impl).getKey(idx(a.get(0)))));
      case "emap_full":
        return List.of(bool(((ConcreteEmap) impl).full()));
      case "vector_borrow":
        return List.of(toBits(((ConcreteVector) impl).borrow(idx(a.get(0)))));
      case "vector_return":
        ((ConcreteVector) impl).giveBack(idx(a.get(0)), bytes(a.get(1)));
        return List.of();
      case "vector_get":
        return List.of(toBits(((ConcreteVector) impl).get(idx(a.get(0)))));
      case "vector_set":
        ((ConcreteVector) impl).set(idx(a.get(0)), bytes(a.get(1)));
        return List.of();
      case "map_get": {
        ConcreteMap m = (ConcreteMap) impl;
        var r = m.get(bytes(a.get(0)));
        return List.of(bool(r.isPresent()), toBits(r.orElse(new byte[m.valueSize()])));
      }
      case "map_has":
        return List.of(bool(((ConcreteMap) impl).has(bytes(a.get(0)))));
      case "map_put":
        ((ConcreteMap) impl).put(bytes(a.get(0)), bytes(a.get(1)));
        return List.of();
      case "map_erase":
        ((ConcreteMap) impl).erase(bytes(a.get(0)));
        return List.of();
      case "map_full":
        return List.of(bool(((ConcreteMap) impl).full()));
      case "dchain_allocate": {
        OptionalInt r = ((ConcreteDchain) impl).allocate(time(a.get(0)));
        return List.of(bool(r.isPresent()), index(r.orElse(0)));
      }
      case "dchain_rejuvenate":
        ((ConcreteDchain) impl).rejuvenate(idx(a.get(0)), time(a.get(1)));
        return List.of();
      case "dchain_is_allocated":
        return List.of(bool(((ConcreteDchain) impl).isAllocated(idx(a.get(0)))));
      case "dchain_free":
        ((ConcreteDchain) impl).free(idx(a.get(0)));
        return List.of();
      case "lpm_update":
        return List.of(bool(((ConcreteLpm) impl).update(a.get(0).value().intValue(), a.get(1).value().intValue(),
            a.get(2).value().intValue())));
      case "lpm_lookup": {
        OptionalInt r = ((ConcreteLpm) impl).lookup(a.get(0).value().intValue());
        return List.of(bool(r.isPresent()), new Bits(BigInteger.valueOf(r.orElse(0)), 16));
      }
      case "cht_fill":
        ((ConcreteCht) impl).fill();
        return List.of();
      case "dchain_expire":
        return List.of(index(((ConcreteDchain) impl).expire(time(a.get(0)))));
      default:
        throw new OutsideSubsetException(fn + " is not supported by the concrete interpreter yet");
    }
  }

  private static Bits bool(boolean b) {
    return b ? Bits.TRUE : Bits.FALSE;
  }

  private static Bits index(int i) {
    return new Bits(BigInteger.valueOf(i), 32);
  }

  private static int idx(Bits b) {
    return b.signed().intValue();
  }

  private static long time(Bits b) {
    return b.signed().longValue();
  }

  /** Bytes of a key/value bit-vector, byte 0 most significant. */
  static byte[] bytes(Bits b) {
    int n = b.width() / 8;
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = b.value().shiftRight(8 * (n - 1 - i)).byteValue();
    }
    return out;
  }

  static Bits toBits(byte[] bytes) {
    return new Bits(new BigInteger(1, bytes), 8 * bytes.length);
  }
}
