package dev.vigor.engine.validate;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.Bits;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The NF's exported emaps, vectors, maps and lpms as the spec's abstract states, read entry by entry
 * from the concrete libVig, so an NF's tables and a spec's compare with {@code equals}.
 */
final class ConcreteStates {
  private ConcreteStates() {}

  /** By the name each object is exported (and imported by specs) under; others are left out. */
  static Map<String, AbstractState> byExportName(Program program,
      List<ConcreteInput.ObjectState> concrete) {
    Map<String, LibVigObject> byName = new HashMap<>();
    program.objects().forEach(o -> byName.put(o.name(), o));
    Map<String, AbstractState> out = new HashMap<>();
    for (ConcreteInput.ObjectState s : concrete) {
      LibVigObject o = byName.get(s.object());
      if (o == null || o.exportName() == null) {
        continue;
      }
      int cap = Math.toIntExact(o.capacity());
      AbstractState a = switch (o.kind()) {
        case EMAP -> {
          Map<Integer, AbstractState.Entry> entries = new HashMap<>();
          s.entries().forEach(e -> entries.put(e.index(),
              new AbstractState.Entry(Bits.ofBytes(e.key()), e.time())));
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
      if (a != null) {
        out.put(o.exportName(), a);
      }
    }
    return out;
  }
}
