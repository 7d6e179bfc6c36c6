package dev.vigor.engine.specexec;

import java.math.BigInteger;

/** A concrete bit-vector: an unsigned value of {@code width} bits (byte 0 most significant). */
public record Bits(BigInteger value, int width) {
  public Bits {
    if (value.signum() < 0 || value.bitLength() > width) {
      throw new IllegalArgumentException(value + " does not fit " + width + " unsigned bits");
    }
  }

  /** The low {@code width} bits of {@code value} in two's complement. */
  public static Bits of(BigInteger value, int width) {
    return new Bits(value.mod(BigInteger.ONE.shiftLeft(width)), width);
  }

  /** The C object's bytes, byte 0 first. */
  public static Bits ofBytes(byte[] bytes) {
    return new Bits(new BigInteger(1, bytes), 8 * bytes.length);
  }

  /** The value read signed. */
  public BigInteger signed() {
    return value.testBit(width - 1) ? value.subtract(BigInteger.ONE.shiftLeft(width)) : value;
  }
}
