package dev.vigor.engine.validate;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.Bits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NF's emaps, vectors, maps, lpms and chts as the spec's abstract states, read entry by entry
 * from the concrete libVig, so an NF's tables and a spec's compare with {@code equals}; and back.
 */
final class ConcreteStates {
  private ConcreteStates() {}

  /** By the name each object is exported (and imported by specs) under; others are left out. */
  static Map<String, AbstractState> byExportName(Program program,
      List<ConcreteInput.ObjectState> concrete) {
    return exported(program, byCName(program, concrete));
  }

  /** The states of byCName that are exported, by their export name. */
  static Map<String, AbstractState> exported(Program program, Map<String, AbstractState> byCName) {
    Map<String, AbstractState> out = new HashMap<>();
    for (LibVigObject o : program.objects()) {
      AbstractState a = byCName.get(o.name());
      if (a != null && o.exportName() != null) {
        out.put(o.exportName(), a);
      }
    }
    return out;
  }

  /** Every object's state by its C name, exported or not (dchains have no abstract state). */
  static Map<String, AbstractState> byCName(Program program,
      List<ConcreteInput.ObjectState> concrete) {
    Map<String, LibVigObject> byName = new HashMap<>();
    program.objects().forEach(o -> byName.put(o.name(), o));
    Map<String, AbstractState> out = new LinkedHashMap<>();
    for (ConcreteInput.ObjectState s : concrete) {
      LibVigObject o = byName.get(s.object());
      AbstractState a = o == null ? null : of(o, s);
      if (a != null) {
        out.put(o.name(), a);
      }
    }
    return out;
  }

  /** One object's state read from its concrete entries; null for a kind with no abstract state. */
  static AbstractState of(LibVigObject o, ConcreteInput.ObjectState s) {
    int cap = Math.toIntExact(o.capacity());
    return switch (o.kind()) {
      case EMAP -> {
        Map<Integer, AbstractState.Entry> entries = new HashMap<>();
        s.entries().forEach(e -> entries.put(e.index(), entry(e)));
        yield new AbstractState.Emap(cap, entries);
      }
      case VECTOR -> {
        Map<Integer, BigInteger> cells = new HashMap<>();
        s.entries().forEach(e -> cells.put(e.index(), new BigInteger(1, e.value())));
        yield new AbstractState.Vector(cap, Math.toIntExact(8 * o.valueType().size()), cells);
      }
      case MAP -> {
        Map<Bits, Bits> entries = new HashMap<>();
        s.entries().forEach(e -> entries.put(Bits.ofBytes(e.key()), Bits.ofBytes(e.value())));
        yield new AbstractState.MapState(cap, entries);
      }
      case LPM -> {
        // routes: key = the prefix's 4 bytes, index = its length, value = its 2 bytes
        java.util.Set<AbstractState.Route> routes = new java.util.HashSet<>();
        s.entries().forEach(e -> routes.add(new AbstractState.Route(
            new BigInteger(1, e.key()).intValue(), e.index(), new BigInteger(1, e.value()).intValue())));
        yield new AbstractState.Lpm(cap, routes);
      }
      case CHT -> new AbstractState.Cht(cap, Math.toIntExact(o.height()));
      default -> null;
    };
  }

  /** An emap entry as the abstract state holds it. */
  static AbstractState.Entry entry(ConcreteInput.Entry e) {
    return new AbstractState.Entry(Bits.ofBytes(e.key()), e.time());
  }

  /**
   * The inverse of {@link #byCName}: the objects' entries as the concrete interpreter lists them
   * (emaps and vectors by index, vectors' non-zero cells only), in the program's object order.
   */
  static List<ConcreteInput.ObjectState> objectStates(Program program,
      Map<String, AbstractState> byCName) {
    List<ConcreteInput.ObjectState> out = new ArrayList<>();
    for (LibVigObject o : program.objects()) {
      AbstractState a = byCName.get(o.name());
      List<ConcreteInput.Entry> entries = new ArrayList<>();
      if (a instanceof AbstractState.Emap em) {
        int keyBytes = Math.toIntExact(o.keyType().size());
        em.entries().forEach((i, e) -> entries.add(
            new ConcreteInput.Entry(bytes(e.key(), keyBytes), i, e.time(), null)));
        out.add(new ConcreteInput.ObjectState(o.name(), "emap", entries, em.full()));
      } else if (a instanceof AbstractState.Vector v) {
        int bytes = v.elementBits() / 8;
        v.cells().forEach((i, c) -> entries.add(
            new ConcreteInput.Entry(null, i, Long.MIN_VALUE, bytes(c, bytes))));
        out.add(new ConcreteInput.ObjectState(o.name(), "vector", entries, false));
      } else if (a instanceof AbstractState.MapState m) {
        m.entries().forEach((k, v) -> entries.add(new ConcreteInput.Entry(
            bytes(k), -1, Long.MIN_VALUE, bytes(v))));
        out.add(new ConcreteInput.ObjectState(o.name(), "map", entries, m.full()));
      } else if (a instanceof AbstractState.Lpm l) {
        for (AbstractState.Route r : l.routes()) {
          entries.add(new ConcreteInput.Entry(bytes(BigInteger.valueOf(r.prefix() & 0xFFFFFFFFL), 4),
              r.length(), Long.MIN_VALUE, bytes(BigInteger.valueOf(r.value()), 2)));
        }
        out.add(new ConcreteInput.ObjectState(o.name(), "lpm", entries,
            l.routes().size() == l.capacity()));
      } else if (a instanceof AbstractState.Cht) {
        out.add(new ConcreteInput.ObjectState(o.name(), "cht", entries, false));
      }
    }
    return out;
  }

  private static byte[] bytes(Bits b) {
    return bytes(b.value(), b.width() / 8);
  }

  /** value as exactly n big-endian bytes. */
  static byte[] bytes(BigInteger value, int n) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[n];
    int copy = Math.min(n, raw.length);
    System.arraycopy(raw, raw.length - copy, out, n - copy, copy);
    return out;
  }

  private static byte[] bytes(Bits b, int n) {
    return bytes(b.value(), n);
  }
}
