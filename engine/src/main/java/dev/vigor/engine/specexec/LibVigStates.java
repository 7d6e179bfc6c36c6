package dev.vigor.engine.specexec;

import dev.vigor.libvig.concrete.ConcreteEmap;
import dev.vigor.libvig.concrete.ConcreteMap;
import dev.vigor.libvig.concrete.ConcreteVector;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The abstract state of libVig's concrete structures, so replay can fill the NF's libVig and the
 * spec's state from one model and compare the final states. Keys and values are the C objects'
 * bytes in memory order, read as bits with byte 0 most significant (the NF executor's encoding).
 */
public final class LibVigStates {
  private LibVigStates() {}

  /** An emap's entries: index → (key bytes, time). */
  public static AbstractState.Emap of(ConcreteEmap e) {
    Map<Integer, AbstractState.Entry> entries = new TreeMap<>();
    for (int i = 0; i < e.capacity(); i++) {
      if (e.hasIndex(i)) {
        entries.put(i, new AbstractState.Entry(Bits.ofBytes(e.getKey(i)), e.timeOf(i)));
      }
    }
    return new AbstractState.Emap(e.capacity(), entries);
  }

  /** A vector's cells (zero cells left out, as unset ones read zero). */
  public static AbstractState.Vector of(ConcreteVector v) {
    Map<Integer, BigInteger> cells = new TreeMap<>();
    for (int i = 0; i < v.capacity(); i++) {
      BigInteger value = Bits.ofBytes(v.get(i)).value();
      if (value.signum() != 0) {
        cells.put(i, value);
      }
    }
    return new AbstractState.Vector(v.capacity(), 8 * v.elemSize(), cells);
  }

  /** A map's entries. */
  public static AbstractState.MapState of(ConcreteMap m) {
    Map<Bits, Bits> entries = new HashMap<>();
    m.forEach((k, v) -> entries.put(Bits.ofBytes(k), Bits.ofBytes(v)));
    return new AbstractState.MapState(m.capacity(), entries);
  }
}
