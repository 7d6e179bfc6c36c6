package dev.vigor.engine.validate;

import dev.vigor.engine.specexec.AbstractState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What one concrete table holds that another does not, entry by entry, for a counterexample. */
final class StateDifference {
  private static final int SHOWN = 4;

  private StateDifference() {}

  /**
   * One place where two states differ: {@code where} names it (an emap or vector index, a map
   * key) and {@code text} says what the second state holds there.
   */
  record Point(String where, String text) {}

  /** {@code actual}'s entries that differ from {@code other}'s, e.g. "with [index 1: key=… time=5]". */
  static String describe(AbstractState other, AbstractState actual) {
    List<String> diff = points(other, actual).stream().map(Point::text).toList();
    if (diff.isEmpty()) {
      return "as the other side";
    }
    List<String> shown = diff.subList(0, Math.min(SHOWN, diff.size()));
    return "with " + shown + (diff.size() > SHOWN ? " and " + (diff.size() - SHOWN) + " more" : "");
  }

  /** Every place where {@code actual} differs from {@code other}, in index or key order. */
  static List<Point> points(AbstractState other, AbstractState actual) {
    List<Point> diff = new ArrayList<>();
    if (actual instanceof AbstractState.Emap a && other instanceof AbstractState.Emap o) {
      TreeSet<Integer> indices = new TreeSet<>(a.entries().keySet());
      indices.addAll(o.entries().keySet());
      for (int i : indices) {
        AbstractState.Entry x = a.entries().get(i);
        if (!Objects.equals(x, o.entries().get(i))) {
          diff.add(new Point("index " + i, "index " + i + ": " + (x == null ? "free"
              : "key=" + bytes(x.key()) + " time=" + x.time())));
        }
      }
    } else if (actual instanceof AbstractState.Vector a && other instanceof AbstractState.Vector o) {
      TreeSet<Integer> indices = new TreeSet<>(a.cells().keySet());
      indices.addAll(o.cells().keySet());
      for (int i : indices) {
        BigInteger x = a.cells().getOrDefault(i, BigInteger.ZERO);
        if (!x.equals(o.cells().getOrDefault(i, BigInteger.ZERO))) {
          diff.add(new Point("[" + i + "]", "[" + i + "] = 0x" + x.toString(16)));
        }
      }
    } else if (actual instanceof AbstractState.MapState a
        && other instanceof AbstractState.MapState o) {
      TreeSet<String> keys = new TreeSet<>();
      Map<String, String> av = new java.util.HashMap<>();
      Map<String, String> ov = new java.util.HashMap<>();
      a.entries().forEach((k, v) -> av.put(bytes(k), bytes(v)));
      o.entries().forEach((k, v) -> ov.put(bytes(k), bytes(v)));
      keys.addAll(av.keySet());
      keys.addAll(ov.keySet());
      for (String k : keys) {
        if (!Objects.equals(av.get(k), ov.get(k))) {
          diff.add(new Point("key " + k, "key " + k + ": " + (av.containsKey(k) ? av.get(k) : "absent")));
        }
      }
    }
    return diff;
  }

  /** A key or value as its bytes, colon-separated, byte 0 first: 00:00:00:00:20:29. */
  private static String bytes(dev.vigor.engine.specexec.Bits b) {
    int n = Math.max(1, (b.width() + 7) / 8);
    StringBuilder s = new StringBuilder();
    for (int i = n - 1; i >= 0; i--) {
      s.append(String.format("%02x", b.value().shiftRight(8 * i).intValue() & 0xff));
      if (i > 0) {
        s.append(':');
      }
    }
    return s.toString();
  }
}
