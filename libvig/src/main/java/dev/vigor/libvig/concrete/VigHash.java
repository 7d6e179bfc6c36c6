package dev.vigor.libvig.concrete;

/**
 * {@code vig_hash}: 32-bit FNV-1a over a C value's bytes. The symbolic side treats the hash as an
 * uninterpreted function of the bytes; only replay and the Maglev table fix this definition.
 */
public final class VigHash {
  private static final int OFFSET_BASIS = 0x811c9dc5;
  private static final int PRIME = 0x01000193;

  private VigHash() {}

  /** FNV-1a of data, as an unsigned 32-bit value held in an int. */
  public static int hash(byte[] data) {
    int h = OFFSET_BASIS;
    for (byte b : data) {
      h ^= b & 0xff;
      h *= PRIME;
    }
    return h;
  }

  /** The 4 little-endian bytes of a C {@code int}/{@code uint32_t}. */
  public static byte[] littleEndian(int value) {
    return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16),
        (byte) (value >>> 24)};
  }
}
