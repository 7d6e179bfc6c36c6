package dev.vigor.engine.ir;

/** The C11 integer types on LP64 (x86-64, AArch64 Linux), with their width, signedness and rank. */
public enum IntKind {
  BOOL("_Bool", 1, false, 0),
  CHAR("char", 1, true, 1),
  SCHAR("signed char", 1, true, 1),
  UCHAR("unsigned char", 1, false, 1),
  SHORT("short", 2, true, 2),
  USHORT("unsigned short", 2, false, 2),
  INT("int", 4, true, 3),
  UINT("unsigned int", 4, false, 3),
  LONG("long", 8, true, 4),
  ULONG("unsigned long", 8, false, 4),
  LLONG("long long", 8, true, 5),
  ULLONG("unsigned long long", 8, false, 5);

  private final String cName;
  private final int size;
  private final boolean signed;
  private final int rank;

  IntKind(String cName, int size, boolean signed, int rank) {
    this.cName = cName;
    this.size = size;
    this.signed = signed;
    this.rank = rank;
  }

  /** The C spelling, e.g. {@code unsigned short}. */
  public String cName() {
    return cName;
  }

  /** Size in bytes. */
  public int size() {
    return size;
  }

  /** Width in bits (1 for _Bool's value bits would be misleading: a _Bool occupies 8). */
  public int bits() {
    return size * 8;
  }

  /** Whether values are two's-complement signed (plain char is signed, as on x86-64). */
  public boolean signed() {
    return signed;
  }

  /** Conversion rank (C11 6.3.1.1). */
  public int rank() {
    return rank;
  }

  /** Smallest value. */
  public java.math.BigInteger min() {
    if (this == BOOL || !signed) {
      return java.math.BigInteger.ZERO;
    }
    return java.math.BigInteger.ONE.shiftLeft(bits() - 1).negate();
  }

  /** Largest value. */
  public java.math.BigInteger max() {
    if (this == BOOL) {
      return java.math.BigInteger.ONE;
    }
    return signed
        ? java.math.BigInteger.ONE.shiftLeft(bits() - 1).subtract(java.math.BigInteger.ONE)
        : java.math.BigInteger.ONE.shiftLeft(bits()).subtract(java.math.BigInteger.ONE);
  }

  /** The unsigned type of the same rank (C11 6.3.1.8). */
  public IntKind toUnsigned() {
    switch (this) {
      case CHAR:
      case SCHAR:
        return UCHAR;
      case SHORT:
        return USHORT;
      case INT:
        return UINT;
      case LONG:
        return ULONG;
      case LLONG:
        return ULLONG;
      default:
        return this;
    }
  }
}
