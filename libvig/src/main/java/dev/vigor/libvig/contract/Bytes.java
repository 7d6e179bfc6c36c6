package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.math.BigInteger;

/**
 * C values as bit-vectors, the convention every part of the engine shares: the bytes of the value's
 * C layout (as in memory) concatenated with byte 0 MOST significant. So a MAC address taken from a
 * packet is the 48-bit number the standard writes, and the NF executor, the spec interpreters and
 * these contracts all build the same term for the same key. (A multi-byte integer field therefore
 * appears byte-swapped inside the vector: memory holds it little-endian.)
 */
public final class Bytes {
  private Bytes() {}

  /** The bit-vector numeral of a C value's bytes. */
  public static BitVecNum toBitVec(Context ctx, byte[] bytes) {
    return ctx.mkBV(toBigInteger(bytes).toString(), 8 * bytes.length);
  }

  /** The unsigned value of the bytes read with byte 0 most significant. */
  public static BigInteger toBigInteger(byte[] bytes) {
    return new BigInteger(1, bytes);
  }

  /** The bytes of a bit-vector numeral whose width is a multiple of 8. */
  public static byte[] fromBitVec(BitVecNum num) {
    int width = num.getSortSize();
    if (width % 8 != 0) {
      throw new IllegalArgumentException("width " + width + " is not a whole number of bytes");
    }
    BigInteger v = num.getBigInteger();
    byte[] out = new byte[width / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.shiftRight(8 * (out.length - 1 - i)).byteValue();
    }
    return out;
  }

  /** The bytes of e when it is a numeral, else null. */
  public static byte[] ifNumeral(Expr<?> e) {
    return e instanceof BitVecNum n ? fromBitVec(n) : null;
  }

  /** The signed value of a 32-bit index numeral, else null. */
  public static Integer intIfNumeral(Expr<?> e) {
    return e instanceof BitVecNum n ? n.getBigInteger().intValue() : null;
  }
}
