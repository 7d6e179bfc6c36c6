package dev.vigor.engine.concrete;

import java.math.BigInteger;

/**
 * A concrete value: an unsigned bit-vector of width bits, or a boolean (width 0, value 0 or 1).
 */
public record Bits(BigInteger value, int width) {
  public static final Bits TRUE = new Bits(BigInteger.ONE, 0);
  public static final Bits FALSE = new Bits(BigInteger.ZERO, 0);

  public Bits {
    // most values already fit: skip the division (a concrete run builds millions of these)
    if (width > 0 && (value.signum() < 0 || value.bitLength() > width)) {
      value = value.signum() >= 0 ? value.and(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE))
          : value.mod(BigInteger.ONE.shiftLeft(width));
    }
  }

  /** The two's-complement signed value. */
  public BigInteger signed() {
    if (width > 0 && value.testBit(width - 1)) {
      return value.subtract(BigInteger.ONE.shiftLeft(width));
    }
    return value;
  }

  public boolean isTrue() {
    return value.signum() != 0;
  }

  @Override
  public String toString() {
    return width == 0 ? String.valueOf(isTrue()) : value + ":" + width;
  }
}
