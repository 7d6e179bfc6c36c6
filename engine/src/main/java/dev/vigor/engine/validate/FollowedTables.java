package dev.vigor.engine.validate;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.TableChanges;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.Bits;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An NF's libVig tables as abstract states, followed packet by packet: read whole once, then only
 * at the entries each packet changed (what the concrete libVig reports), so a packet costs what it
 * touched, not the size of tables of 65,536 entries. The states after a packet are derived from
 * those before it, so {@link AbstractState#sameAfter} compares them with a spec's at those entries.
 */
final class FollowedTables {
  private final Program program;
  private final ConcreteInterpreter nf;
  private final Map<String, LibVigObject> objects = new LinkedHashMap<>();
  private Map<String, AbstractState> byCName;

  /** Reads nf's tables as they are now (after nf_init) and starts following their changes. */
  FollowedTables(Program program, ConcreteInterpreter nf) {
    this.program = program;
    this.nf = nf;
    program.objects().forEach(o -> objects.put(o.name(), o));
    nf.trackChanges();
    byCName = ConcreteStates.byCName(program, nf.objectStates());
  }

  /**
   * The states now, as new origins (what the next packet's states report their changes against),
   * by C name.
   */
  Map<String, AbstractState> startPacket() {
    nf.drainChanges();
    Map<String, AbstractState> rebased = new LinkedHashMap<>();
    byCName.forEach((name, s) -> rebased.put(name, s.rebased()));
    byCName = rebased;
    return byCName;
  }

  /** After nf_process: the states with what the packet changed, derived from startPacket's. */
  Map<String, AbstractState> endPacket() {
    Map<String, AbstractState> next = new LinkedHashMap<>(byCName);
    for (Map.Entry<String, TableChanges> c : nf.drainChanges().entrySet()) {
      LibVigObject o = objects.get(c.getKey());
      AbstractState before = next.get(c.getKey());
      if (o == null || before == null) {
        continue;
      }
      next.put(c.getKey(), c.getValue().wholeObject() ? reread(o) : updated(o, before, c.getValue()));
    }
    byCName = next;
    return byCName;
  }

  /** The states by export name, from a by-C-name map of this NF. */
  Map<String, AbstractState> exported(Map<String, AbstractState> states) {
    return ConcreteStates.exported(program, states);
  }

  private AbstractState reread(LibVigObject o) {
    return nf.objectStates().stream().filter(s -> s.object().equals(o.name())).findFirst()
        .map(s -> ConcreteStates.of(o, s)).orElseThrow();
  }

  private AbstractState updated(LibVigObject o, AbstractState s, TableChanges c) {
    if (s instanceof AbstractState.Emap em) {
      for (int i : c.indices()) {
        em = em.withEntry(i, nf.entry(o.name(), i, null).map(ConcreteStates::entry).orElse(null));
      }
      return em;
    } else if (s instanceof AbstractState.Vector v) {
      for (int i : c.indices()) {
        Optional<ConcreteInput.Entry> e = nf.entry(o.name(), i, null);
        v = v.set(i, Bits.ofBytes(e.orElseThrow().value()));
      }
      return v;
    } else if (s instanceof AbstractState.MapState m) {
      int keyBytes = Math.toIntExact(o.keyType().size());
      for (BigInteger k : c.keys()) {
        byte[] key = ConcreteStates.bytes(k, keyBytes);
        Optional<ConcreteInput.Entry> e = nf.entry(o.name(), -1, key);
        m = e.isPresent() ? m.put(Bits.ofBytes(key), Bits.ofBytes(e.get().value()))
            : m.erase(Bits.ofBytes(key));
      }
      return m;
    }
    return reread(o);
  }

  /** The tables of a by-C-name map as the concrete interpreter lists them (a counterexample's). */
  List<ConcreteInput.ObjectState> objectStates(Map<String, AbstractState> states) {
    return ConcreteStates.objectStates(program, states);
  }
}
