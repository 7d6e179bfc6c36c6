package dev.vigor.libvig.concrete;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * The cht of {@code libvig.h}: Maglev's lookup table (Eisenbud et al., NSDI'16, §3.4) of height
 * slots (height prime) over backends 0..backendCapacity-1, extended to one preference row per slot.
 *
 * <p>Backend b's permutation is {@code perm(b, j) = (offset(b) + j * skip(b)) mod height} with
 * {@code offset(b) = h1(b) mod height}, {@code skip(b) = h2(b) mod (height - 1) + 1}, where
 * {@code h1(b) = vig_hash(le32(b))} and {@code h2(b) = vig_hash(le32(b) ++ [0x01])}. The table is
 * filled round-robin: each backend in turn takes the next slot of its permutation not yet taken,
 * until every slot is taken. Slot s's preference row starts with the backend that took it; the
 * other backends follow ordered by the position at which s appears in their permutation (ties: lower
 * backend first). {@link #findPreferred} returns the first backend of row {@code hash mod height}
 * that is allocated in the backends emap.
 */
public class ConcreteCht {
  private final int backendCapacity;
  private final int height;
  private int[][] preference;

  /** An unfilled table (pre: height prime and greater than 1, backendCapacity at least 1). */
  public ConcreteCht(int backendCapacity, int height) {
    Checks.capacity(backendCapacity);
    if (height < 2 || !isPrime(height)) {
      throw new IllegalArgumentException("height must be a prime, got " + height);
    }
    if ((long) backendCapacity * height > 64L * 1024 * 1024) {
      throw new IllegalArgumentException("backend_capacity * height is too large");
    }
    this.backendCapacity = backendCapacity;
    this.height = height;
  }

  public int backendCapacity() {
    return backendCapacity;
  }

  public int height() {
    return height;
  }

  /** Maglev's offset of backend b. */
  public int offset(int backend) {
    return (int) Long.remainderUnsigned(Integer.toUnsignedLong(VigHash.hash(name(backend))), height);
  }

  /** Maglev's skip of backend b, in 1..height-1. */
  public int skip(int backend) {
    byte[] salted = Arrays.copyOf(name(backend), 5);
    salted[4] = 0x01;
    return (int) (Integer.toUnsignedLong(VigHash.hash(salted)) % (height - 1)) + 1;
  }

  /** The j-th slot of backend b's permutation. */
  public int permutation(int backend, int j) {
    return (int) ((offset(backend) + (long) j * skip(backend)) % height);
  }

  /** {@code cht_fill}: computes every slot's preference row. */
  public void fill() {
    int[][] perm = new int[backendCapacity][];
    int[][] position = new int[backendCapacity][height];
    for (int b = 0; b < backendCapacity; b++) {
      perm[b] = new int[height];
      for (int j = 0; j < height; j++) {
        perm[b][j] = permutation(b, j);
        position[b][perm[b][j]] = j;
      }
    }
    int[] owner = populate(perm);
    int[][] rows = new int[height][];
    for (int s = 0; s < height; s++) {
      final int slot = s;
      Integer[] others = new Integer[backendCapacity - 1];
      int n = 0;
      for (int b = 0; b < backendCapacity; b++) {
        if (b != owner[s]) {
          others[n++] = b;
        }
      }
      Arrays.sort(others, Comparator.<Integer>comparingInt(b -> position[b][slot])
          .thenComparingInt(b -> b));
      rows[s] = new int[backendCapacity];
      rows[s][0] = owner[s];
      for (int r = 1; r < backendCapacity; r++) {
        rows[s][r] = others[r - 1];
      }
    }
    preference = rows;
  }

  /** Maglev's round-robin population: the backend owning each slot when all are up. */
  private int[] populate(int[][] perm) {
    int[] owner = new int[height];
    Arrays.fill(owner, -1);
    int[] next = new int[backendCapacity];
    int taken = 0;
    while (true) {
      for (int b = 0; b < backendCapacity; b++) {
        int c = perm[b][next[b]];
        while (owner[c] >= 0) {
          next[b]++;
          c = perm[b][next[b]];
        }
        owner[c] = b;
        next[b]++;
        if (++taken == height) {
          return owner;
        }
      }
    }
  }

  /** Whether {@link #fill} has run. */
  public boolean filled() {
    return preference != null;
  }

  /** The r-th preferred backend of a slot (pre: filled). */
  public int preference(int slot, int rank) {
    Checks.require(filled(), "cht_preference", "the table is not filled");
    return preference[slot][rank];
  }

  /** The slot a hash (an unsigned 32-bit value) falls in. */
  public int slotOf(int hash) {
    return Integer.remainderUnsigned(hash, height);
  }

  /**
   * {@code cht_find_preferred}: the first backend of the hash's preference row allocated in
   * backends, or empty when none is.
   */
  public OptionalInt findPreferred(int hash, ConcreteEmap backends) {
    Checks.require(filled(), "cht_find_preferred", "the table is not filled (call cht_fill)");
    Checks.require(backends.capacity() == backendCapacity, "cht_find_preferred",
        "backends emap capacity " + backends.capacity() + " != " + backendCapacity);
    int[] row = preference[slotOf(hash)];
    for (int b : row) {
      if (backends.hasIndex(b)) {
        return OptionalInt.of(b);
      }
    }
    return OptionalInt.empty();
  }

  private static byte[] name(int backend) {
    return VigHash.littleEndian(backend);
  }

  private static boolean isPrime(int n) {
    for (int d = 2; (long) d * d <= n; d++) {
      if (n % d == 0) {
        return false;
      }
    }
    return true;
  }
}
