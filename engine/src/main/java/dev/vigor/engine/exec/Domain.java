package dev.vigor.engine.exec;

import java.math.BigInteger;

/**
 * The values an interpreter computes with: fixed-width bit-vectors (C integers, bytes) and
 * booleans, both of type V. The symbolic interpreter uses Z3 terms, the concrete one numbers, so
 * the IR walk ({@link Interpreter}) and C's arithmetic rules are written once.
 */
public interface Domain<V> {
  /** The bit-vector of width bits holding value (taken modulo 2^bits). */
  V num(BigInteger value, int bits);

  /** The unsigned value of a bit-vector when it is a known constant, else null. */
  BigInteger constant(V bv);

  /** The truth of a boolean when it is a known constant, else null. */
  Boolean truthOf(V b);

  int bits(V bv);

  V add(V a, V b);

  V sub(V a, V b);

  V mul(V a, V b);

  V udiv(V a, V b);

  V sdiv(V a, V b);

  /**
   * C's (x * c) / e for a w-bit signed x whose product by the constant c &gt; 0 does not overflow
   * (checked before) and a constant e &gt; 1: the sign of the product is x's. A symbolic domain
   * may name the quotient so that another computation of it (the spec's) is seen to be equal.
   */
  default V quotientOfProduct(V x, BigInteger c, BigInteger e, int w) {
    V product = c.equals(BigInteger.ONE) ? x
        : concat(extract(x, w - 1, w - 1), extract(mul(x, num(c, w)), w - 2, 0));
    return sdiv(product, num(e, w));
  }

  V urem(V a, V b);

  V srem(V a, V b);

  V shl(V a, V b);

  V lshr(V a, V b);

  V ashr(V a, V b);

  V and(V a, V b);

  V or(V a, V b);

  V xor(V a, V b);

  V not(V a);

  V neg(V a);

  V zext(V a, int toBits);

  V sext(V a, int toBits);

  /** Bits hi..lo (inclusive). */
  V extract(V a, int hi, int lo);

  /** hi's bits above lo's. */
  V concat(V hi, V lo);

  V eq(V a, V b);

  V ult(V a, V b);

  V ule(V a, V b);

  V slt(V a, V b);

  V sle(V a, V b);

  V truth(boolean b);

  V bnot(V b);

  V band(V a, V b);

  V bor(V a, V b);

  /** if c then a else b (bit-vectors or booleans alike). */
  V ite(V c, V a, V b);

  /** 1 or 0 of width bits. */
  default V boolToBv(V b, int bits) {
    Boolean t = truthOf(b);
    if (t != null) {
      return num(t ? BigInteger.ONE : BigInteger.ZERO, bits);
    }
    return ite(b, num(BigInteger.ONE, bits), num(BigInteger.ZERO, bits));
  }

  default V num(long value, int bits) {
    return num(BigInteger.valueOf(value), bits);
  }

  /** bv != 0. */
  default V nonZero(V bv) {
    return bnot(eq(bv, num(0, bits(bv))));
  }

  /** Zero- or sign-extends, or truncates, to bits. */
  default V resize(V a, int toBits, boolean signed) {
    int w = bits(a);
    if (w == toBits) {
      return a;
    }
    if (w > toBits) {
      return extract(a, toBits - 1, 0);
    }
    return signed ? sext(a, toBits) : zext(a, toBits);
  }
}
