package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.Sort;
import com.microsoft.z3.UninterpretedSort;

/**
 * The symbols of one lpm object. Constructor: {@code update(L,p,len,v)} (p with its host bits
 * cleared). Observers: of an address, {@code found(L,a)}, {@code value(L,a)} and
 * {@code matchLen(L,a)} (the longest matching prefix); of a prefix, {@code hasPrefix(L,p,len)} and
 * {@code prefixValue(L,p,len)}; {@code size(L)}, {@code full(L)}. Addresses and prefixes are
 * host-order {@code uint32_t}, lengths {@code uint8_t}, values {@code uint16_t}.
 */
public record LpmVocabulary(
    Terms terms,
    String name,
    int capacity,
    UninterpretedSort stateSort,
    FuncDecl<UninterpretedSort> update,
    FuncDecl<BoolSort> found,
    FuncDecl<BitVecSort> value,
    FuncDecl<BitVecSort> matchLen,
    FuncDecl<BoolSort> hasPrefix,
    FuncDecl<BitVecSort> prefixValue,
    FuncDecl<BitVecSort> size,
    FuncDecl<BoolSort> full) {

  /** Bits of an address or prefix. */
  public static final int ADDRESS_BITS = 32;
  /** Bits of a prefix length. */
  public static final int LENGTH_BITS = 8;
  /** Bits of a value. */
  public static final int VALUE_BITS = 16;

  /** The symbols of lpm object name. */
  public static LpmVocabulary create(Context ctx, String name, int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    Terms t = new Terms(ctx);
    UninterpretedSort s = ctx.mkUninterpretedSort(name + ".lpm");
    BitVecSort a = ctx.mkBitVecSort(ADDRESS_BITS);
    BitVecSort len = ctx.mkBitVecSort(LENGTH_BITS);
    BitVecSort v = ctx.mkBitVecSort(VALUE_BITS);
    BoolSort b = ctx.mkBoolSort();
    return new LpmVocabulary(t, name, capacity, s,
        t.fun(name + ".update", s, s, a, len, v),
        t.fun(name + ".found", b, s, a),
        t.fun(name + ".value", v, s, a),
        t.fun(name + ".matchLen", len, s, a),
        t.fun(name + ".hasPrefix", b, s, a, len),
        t.fun(name + ".prefixValue", v, s, a, len),
        t.fun(name + ".size", t.indexSort(), (Sort) s),
        t.fun(name + ".full", b, (Sort) s));
  }
}
