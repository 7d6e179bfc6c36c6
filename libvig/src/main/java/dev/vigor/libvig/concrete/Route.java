package dev.vigor.libvig.concrete;

/** One LPM entry: the top {@code length} bits of {@code prefix} route to {@code value} (0..65535). */
public record Route(int prefix, int length, int value) {
  /** Validates the length and clears the host bits of the prefix. */
  public Route {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length must be 0..32, got " + length);
    }
    if (value < 0 || value > 0xffff) {
      throw new IllegalArgumentException("value must be a uint16_t, got " + value);
    }
    prefix &= mask(length);
  }

  /** The network mask of a prefix length: its top length bits set. */
  public static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  /** Whether addr falls in this prefix. */
  public boolean matches(int addr) {
    return (addr & mask(length)) == prefix;
  }
}
