package dev.vigor.libvig.c;

import dev.vigor.libvig.concrete.ConcreteCht;
import dev.vigor.libvig.concrete.ConcreteEmap;
import java.util.OptionalInt;

/**
 * A ConcreteCht whose every call runs on the C cht in a libvig_driver. The backends emap a lookup
 * reads is a Java one (the contract drivers own it): each lookup first makes the driver's C
 * backends emap hold the same backends.
 */
final class CCht extends ConcreteCht {
  private final CDriver c;
  private int[][] rows;

  CCht(CDriver c, int backendCapacity, int height) {
    super(backendCapacity, height);
    if (backendCapacity > 63) {
      throw new IllegalArgumentException("the driver passes backends as a 64-bit mask");
    }
    this.c = c;
    c.call("new cht " + backendCapacity + " " + height);
  }

  @Override
  public int offset(int backend) {
    return c.integer("cht_offset " + backend);
  }

  @Override
  public int skip(int backend) {
    return c.integer("cht_skip " + backend);
  }

  @Override
  public int permutation(int backend, int j) {
    return c.integer("cht_permutation " + backend + " " + j);
  }

  @Override
  public void fill() {
    c.call("cht_fill");
    String[] lines = c.call("cht_rows").split("\\|");
    int[][] r = new int[height()][backendCapacity()];
    for (int s = 0; s < height(); s++) {
      String[] row = lines[s].split(",");
      for (int k = 0; k < backendCapacity(); k++) {
        r[s][k] = Integer.parseInt(row[k]);
      }
    }
    rows = r;
  }

  @Override
  public boolean filled() {
    return rows != null;
  }

  @Override
  public int preference(int slot, int rank) {
    if (rows == null) {
      throw new dev.vigor.libvig.concrete.PreconditionViolation("cht_preference",
          "the table is not filled");
    }
    return rows[slot][rank];
  }

  @Override
  public OptionalInt findPreferred(int hash, ConcreteEmap backends) {
    long mask = 0;
    for (int b = 0; b < Math.min(backends.capacity(), backendCapacity()); b++) {
      mask |= backends.hasIndex(b) ? 1L << b : 0;
    }
    if (backends.capacity() != backendCapacity()) {
      // the C driver's backends emap always has the table's capacity; say it as C would
      throw new dev.vigor.libvig.concrete.PreconditionViolation("cht_find_preferred",
          "backends emap capacity " + backends.capacity() + " != " + backendCapacity());
    }
    return c.found("cht_find_preferred " + Integer.toUnsignedString(hash) + " " + mask);
  }
}
