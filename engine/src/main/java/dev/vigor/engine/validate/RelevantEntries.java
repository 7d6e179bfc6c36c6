package dev.vigor.engine.validate;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.Bits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The table entries a counterexample from real traffic shows before its packet: a table taken
 * from a long capture holds thousands of entries, of which only a few explain the disagreement.
 * Kept: every entry of a small table, entries the NF or the spec changed, entries whose key bytes
 * occur in the packet (e.g. a MAC address), and vector cells at the indices of kept emap entries.
 */
final class RelevantEntries {
  /** Tables of at most this many entries are shown whole. */
  static final int SMALL = 16;

  private RelevantEntries() {}

  /** The pre-state entries worth showing; the cut is said by {@link #hidden}. */
  static List<ConcreteInput.ObjectState> of(List<ConcreteInput.ObjectState> pre,
      Map<String, String> exportByCName, byte[] packet, Map<String, AbstractState> before,
      List<Map<String, AbstractState>> afters) {
    Set<Integer> indices = new HashSet<>();
    Set<Bits> keys = new HashSet<>();
    for (Map<String, AbstractState> after : afters) {
      for (var e : after.entrySet()) {
        changed(before.get(e.getKey()), e.getValue(), indices, keys);
      }
    }
    for (ConcreteInput.ObjectState o : pre) {
      if (o.kind().equals("emap")) {
        for (ConcreteInput.Entry e : o.entries()) {
          if (e.key() != null && occurs(e.key(), packet)) {
            indices.add(e.index());
          }
        }
      }
    }
    List<ConcreteInput.ObjectState> out = new ArrayList<>();
    for (ConcreteInput.ObjectState o : pre) {
      if (o.entries().size() <= SMALL || !exportByCName.containsKey(o.object())) {
        out.add(o);
        continue;
      }
      List<ConcreteInput.Entry> kept = new ArrayList<>();
      for (ConcreteInput.Entry e : o.entries()) {
        boolean keep = switch (o.kind()) {
          case "emap", "vector" -> indices.contains(e.index());
          case "map" -> keys.contains(Bits.ofBytes(e.key())) || occurs(e.key(), packet);
          default -> true;
        };
        if (keep) {
          kept.add(e);
        }
      }
      out.add(new ConcreteInput.ObjectState(o.object(), o.kind(), kept, o.full()));
    }
    return out;
  }

  /** How many entries {@link #of} left out, over all tables. */
  static int hidden(List<ConcreteInput.ObjectState> all, List<ConcreteInput.ObjectState> shown) {
    return all.stream().mapToInt(o -> o.entries().size()).sum()
        - shown.stream().mapToInt(o -> o.entries().size()).sum();
  }

  private static void changed(AbstractState a, AbstractState b, Set<Integer> indices,
      Set<Bits> keys) {
    if (a instanceof AbstractState.Emap x && b instanceof AbstractState.Emap y) {
      differing(x.entries(), y.entries(), indices);
    } else if (a instanceof AbstractState.Vector x && b instanceof AbstractState.Vector y) {
      differing(x.cells(), y.cells(), indices);
    } else if (a instanceof AbstractState.MapState x && b instanceof AbstractState.MapState y) {
      differing(x.entries(), y.entries(), keys);
    }
  }

  private static <K, V> void differing(Map<K, V> a, Map<K, V> b, Set<K> into) {
    for (K k : a.keySet()) {
      if (!Objects.equals(a.get(k), b.get(k))) {
        into.add(k);
      }
    }
    for (K k : b.keySet()) {
      if (!a.containsKey(k)) {
        into.add(k);
      }
    }
  }

  private static boolean occurs(byte[] key, byte[] packet) {
    if (key.length < 4) {
      return false; // a short key matches packet bytes by chance
    }
    outer:
    for (int i = 0; i + key.length <= packet.length; i++) {
      for (int j = 0; j < key.length; j++) {
        if (packet[i + j] != key[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
