package dev.vigor.libvig.concrete;

import java.util.Arrays;

/** Immutable byte string with value equality, used as a hash key for C values. */
record ByteKey(byte[] bytes) {
  ByteKey {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteKey other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return HexBytes.format(bytes);
  }
}
