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
   * One place where two states differ: {@code where} names it (an emap or vector index, a map
   * key's bits) and {@code text} says what the second state holds there.
   */
  record Point(String where, String text) {}

  /**
   * {@code actual}'s entries that differ from {@code other}'s, e.g. "with [index 1:
   * 00:00:00:00:00:01, stamped now − 300.0 s]"; {@code type} is the object (may be null).
   */
  static String describe(AbstractState other, AbstractState actual, LibVigObject type, long now) {
    List<String> diff = points(other, actual, type, now).stream().map(Point::text).toList();
    if (diff.isEmpty()) {
      return "as the other side";
    }
    List<String> shown = diff.subList(0, Math.min(SHOWN, diff.size()));
    return "with " + shown + (diff.size() > SHOWN ? " and " + (diff.size() - SHOWN) + " more" : "");
  }

  /** Every place where {@code actual} differs from {@code other}, in index or key order. */
  static List<Point> points(AbstractState other, AbstractState actual, LibVigObject type,
      long now) {
    List<Point> diff = new ArrayList<>();
    if (actual instanceof AbstractState.Emap a && other instanceof AbstractState.Emap o) {
      TreeSet<Integer> indices = new TreeSet<>(a.entries().keySet());
      indices.addAll(o.entries().keySet());
      for (int i : indices) {
        AbstractState.Entry x = a.entries().get(i);
        if (!Objects.equals(x, o.entries().get(i))) {
          diff.add(new Point("index " + i, StateText.slot(type, i, x, now)));
        }
      }
    } else if (actual instanceof AbstractState.Vector a && other instanceof AbstractState.Vector o) {
      TreeSet<Integer> indices = new TreeSet<>(a.cells().keySet());
      indices.addAll(o.cells().keySet());
      for (int i : indices) {
        if (!a.get(i).equals(o.get(i))) {
          diff.add(new Point("[" + i + "]", StateText.cell(type, i, a.get(i), now)));
        }
      }
    } else if (actual instanceof AbstractState.MapState a
        && other instanceof AbstractState.MapState o) {
      // keys in a stable order: by their bits
      Map<String, Bits> keys = new TreeMap<>();
      a.entries().keySet().forEach(k -> keys.put(k.value().toString(16), k));
      o.entries().keySet().forEach(k -> keys.put(k.value().toString(16), k));
      for (Map.Entry<String, Bits> k : keys.entrySet()) {
        if (!Objects.equals(a.entries().get(k.getValue()), o.entries().get(k.getValue()))) {
          diff.add(new Point("key " + k.getKey(),
              StateText.mapEntry(type, k.getValue(), a.entries().get(k.getValue()), now)));
        }
      }
    } else if (actual instanceof AbstractState.Lpm a && other instanceof AbstractState.Lpm o) {
      for (AbstractState.Route r : a.routes()) {
        if (!o.routes().contains(r)) {
          diff.add(new Point(route(r), "routes " + route(r) + " to " + r.value()));
        }
      }
      for (AbstractState.Route r : o.routes()) {
        if (!a.routes().contains(r)) {
          diff.add(new Point(route(r), "has no route " + route(r) + " to " + r.value()));
        }
      }
    }
    return diff;
  }

  private static String route(AbstractState.Route r) {
    int p = r.prefix();
    return (p >>> 24) + "." + ((p >>> 16) & 0xff) + "." + ((p >>> 8) & 0xff) + "." + (p & 0xff)
        + "/" + r.length();
  }
}
