package dev.vigor.engine.validate;

import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.readable.StateText;
import dev.vigor.engine.specexec.AbstractState;
import dev.vigor.engine.specexec.Bits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one concrete table holds that another does not, entry by entry, for a counterexample's
 * NF and spec lines; entries are rendered with the object's C types, times relative to now.
 */
final class StateDifference {
  private static final int SHOWN = 4;

  private StateDifference() {}

  /**
   * {@code actual}'s entries that differ from {@code other}'s, e.g. "with [index 1:
   * 00:00:00:00:00:01, stamped now − 300.0 s]"; {@code type} is the object (may be null).
   */
  static String describe(AbstractState other, AbstractState actual, LibVigObject type, long now) {
    List<String> diff = new ArrayList<>();
    if (actual instanceof AbstractState.Emap a && other instanceof AbstractState.Emap o) {
      TreeSet<Integer> indices = new TreeSet<>(a.entries().keySet());
      indices.addAll(o.entries().keySet());
      for (int i : indices) {
        AbstractState.Entry x = a.entries().get(i);
        if (!Objects.equals(x, o.entries().get(i))) {
          diff.add(StateText.slot(type, i, x, now));
        }
      }
    } else if (actual instanceof AbstractState.Vector a && other instanceof AbstractState.Vector o) {
      TreeSet<Integer> indices = new TreeSet<>(a.cells().keySet());
      indices.addAll(o.cells().keySet());
      for (int i : indices) {
        if (!a.get(i).equals(o.get(i))) {
          diff.add(StateText.cell(type, i, a.get(i), now));
        }
      }
    } else if (actual instanceof AbstractState.MapState a
        && other instanceof AbstractState.MapState o) {
      // keys in a stable order: by their bits
      Map<String, Bits> keys = new TreeMap<>();
      a.entries().keySet().forEach(k -> keys.put(k.value().toString(16), k));
      o.entries().keySet().forEach(k -> keys.put(k.value().toString(16), k));
      for (Bits k : keys.values()) {
        if (!Objects.equals(a.entries().get(k), o.entries().get(k))) {
          diff.add(StateText.mapEntry(type, k, a.entries().get(k), now));
        }
      }
    }
    if (diff.isEmpty()) {
      return "as the other side";
    }
    List<String> shown = diff.subList(0, Math.min(SHOWN, diff.size()));
    return "with " + shown + (diff.size() > SHOWN ? " and " + (diff.size() - SHOWN) + " more" : "");
  }
}
