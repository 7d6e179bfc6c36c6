package dev.vigor.libvig.contract;

import dev.vigor.libvig.concrete.VigHash;

/**
 * Maglev's permutation parameters as the contract states them, written independently of the
 * concrete table: {@code offset(b) = h1(b) mod H}, {@code skip(b) = h2(b) mod (H-1) + 1},
 * {@code h1(b) = vig_hash(le32(b))}, {@code h2(b) = vig_hash(le32(b) ++ [0x01])}.
 */
public final class MaglevPermutation {
  private MaglevPermutation() {}

  /** Backend b's offset in a table of the given height. */
  public static long offset(int backend, int height) {
    return Integer.toUnsignedLong(VigHash.hash(VigHash.littleEndian(backend))) % height;
  }

  /** Backend b's skip in a table of the given height, in 1..height-1. */
  public static long skip(int backend, int height) {
    byte[] le = VigHash.littleEndian(backend);
    byte[] salted = {le[0], le[1], le[2], le[3], 0x01};
    return Integer.toUnsignedLong(VigHash.hash(salted)) % (height - 1) + 1;
  }
}
