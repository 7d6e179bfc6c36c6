package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.math.BigInteger;

/**
 * C values as bit-vectors: byte i of the C layout is bits 8i+7..8i (little-endian, as on the
 * x86-64/AArch64 hosts), so a {@code uint32_t} key's bit-vector equals its integer value.
 */
public final class Bytes {
  private Bytes() {}

  /** The bit-vector numeral of a C value's bytes. */
  public static BitVecNum toBitVec(Context ctx, byte[] bytes) {
    return ctx.mkBV(toBigInteger(bytes).toString(), 8 * bytes.length);
  }

  /** The unsigned little-endian value of the bytes. */
  public static BigInteger toBigInteger(byte[] bytes) {
    byte[] bigEndian = new byte[bytes.length + 1];
    for (int i = 0; i < bytes.length; i++) {
      bigEndian[bytes.length - i] = bytes[i];
    }
    return new BigInteger(bigEndian);
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
      out[i] = v.shiftRight(8 * i).byteValue();
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
