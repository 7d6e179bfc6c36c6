package dev.vigor.engine.concrete;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one packet (or nf_init) changed in one libVig object: the indices of an emap or vector
 * whose entry changed, the keys (as unsigned numbers of their bytes) of a map, or the object as a
 * whole (an lpm updated, a cht filled).
 */
public final class TableChanges {
  private final Set<Integer> indices = new TreeSet<>();
  private final Set<BigInteger> keys = new LinkedHashSet<>();
  private boolean whole;

  /** The emap or vector indices whose entry changed, ascending. */
  public Set<Integer> indices() {
    return indices;
  }

  /** The map keys put or erased, as the unsigned numbers of their bytes. */
  public Set<BigInteger> keys() {
    return keys;
  }

  /** Whether the object changed as a whole, so it must be read again entirely. */
  public boolean wholeObject() {
    return whole;
  }

  void markWhole() {
    whole = true;
  }
}
