package dev.vigor.libvig.contract;

import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.FuncDecl;
import java.util.List;

/**
 * The contract of {@code vig_hash(data, size)}: an uninterpreted function per byte width, so equal
 * bytes give equal hashes (the same symbol serves specs' {@code _T_hash(r)}); nothing else is
 * assumed of the FNV-1a definition the concrete side uses.
 */
public final class HashContract {
  private HashContract() {}

  /** The hash function of C values of byteWidth bytes: {@code vig_hash_<n>(BV(8n)) -> BV32}. */
  public static FuncDecl<BitVecSort> hashFunction(Context ctx, int byteWidth) {
    if (byteWidth <= 0) {
      throw new IllegalArgumentException("byte width must be positive, got " + byteWidth);
    }
    return ctx.mkFuncDecl("vig_hash_" + byteWidth, new BitVecSort[] {ctx.mkBitVecSort(8 * byteWidth)},
        ctx.mkBitVecSort(32));
  }

  /** {@code vig_hash} on values of byteWidth bytes: args [data], results [hash]. */
  public static Operation operation(Context ctx, int byteWidth) {
    Terms t = new Terms(ctx);
    FuncDecl<BitVecSort> h = hashFunction(ctx, byteWidth);
    return new Operation("vig_hash", List.of(ctx.mkBitVecSort(8 * byteWidth)),
        List.of(ctx.mkBitVecSort(32)),
        (s, a, p) -> t.truth(true),
        (s, a, r) -> s,
        (s, s1, a, r, p) -> t.eq(r.get(0), t.apply(h, a.get(0))));
  }
}
