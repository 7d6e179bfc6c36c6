package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteDchain;
import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteLpm;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.util.ArrayList;
import java.util.List;

/**
 * A structure's whole state as text, read through its public observers only, so the same text
 * comes from a Java structure and from its C-backed twin exactly when their states agree.
 */
final class States {
  private States() {}

  /** Size, then per allocated index its key, stamp, and the index emap_get gives for that key. */
  static String emap(ConcreteEmap e) {
    StringBuilder sb = new StringBuilder("size " + e.size() + " full " + e.full() + ":");
    for (int i = 0; i < e.capacity(); i++) {
      if (e.hasIndex(i)) {
        byte[] key = e.getKey(i);
        sb.append(' ').append(i).append('=').append(CDriver.hex(key)).append('@')
            .append(e.timeOf(i)).append(" get->").append(e.get(key));
      }
    }
    return sb.toString();
  }

  static String dchain(ConcreteDchain c) {
    StringBuilder sb = new StringBuilder("size " + c.size() + " full " + c.full() + ":");
    for (int i = 0; i < c.capacity(); i++) {
      if (c.isAllocated(i)) {
        sb.append(' ').append(i).append('@').append(c.timeOf(i));
      }
    }
    return sb.toString();
  }

  /** Size, then every entry, sorted by key. */
  static String map(ConcreteMap m) {
    List<String> entries = new ArrayList<>();
    m.forEach((k, v) -> entries.add(CDriver.hex(k) + "=" + CDriver.hex(v)));
    entries.sort(null);
    return "size " + m.size() + " full " + m.full() + ": " + String.join(" ", entries);
  }

  /** Every element, lent ones marked with '*'. */
  static String vector(ConcreteVector v) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < v.capacity(); i++) {
      sb.append(CDriver.hex(v.get(i))).append(v.isBorrowed(i) ? "* " : " ");
    }
    return sb.toString();
  }

  static String lpm(ConcreteLpm l) {
    return "size " + l.size() + ": " + l.routes();
  }

  /** Maglev's offset and skip per backend, then every slot's preference row. */
  static String cht(ConcreteCht c) {
    StringBuilder sb = new StringBuilder();
    for (int b = 0; b < c.backendCapacity(); b++) {
      sb.append(c.offset(b)).append('+').append(c.skip(b)).append(' ');
    }
    for (int s = 0; s < c.height(); s++) {
      sb.append('|');
      for (int r = 0; r < c.backendCapacity(); r++) {
        sb.append(c.preference(s, r)).append(',');
      }
    }
    return sb.toString();
  }
}
