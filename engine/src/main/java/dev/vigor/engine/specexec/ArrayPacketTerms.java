package dev.vigor.engine.specexec;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.util.function.UnaryOperator;

/**
 * A packet as a Z3 array from 32-bit offsets to bytes plus a 16-bit length (the C
 * {@code uint16_t}); offsets and the bytes read pass through {@code rewrite} (on a trace: the
 * terms its path fixes replaced by their values, as the NF's own reads were, so both sides read
 * the same bytes, and a byte the path fixes is that constant).
 */
public record ArrayPacketTerms(
    Context ctx, ArrayExpr<BitVecSort, BitVecSort> bytes, BitVecExpr length, int capacity,
    UnaryOperator<Expr<?>> rewrite)
    implements PacketTerms {

  /** A packet whose offsets are read as they are. */
  public ArrayPacketTerms(Context ctx, ArrayExpr<BitVecSort, BitVecSort> bytes, BitVecExpr length,
      int capacity) {
    this(ctx, bytes, length, capacity, UnaryOperator.identity());
  }

  /** A fresh packet named {@code name}: {@code name.bytes} and {@code name.length}. */
  public static ArrayPacketTerms fresh(Context ctx, String name, int capacity) {
    return new ArrayPacketTerms(ctx,
        ctx.mkArrayConst(name + ".bytes", ctx.mkBitVecSort(32), ctx.mkBitVecSort(8)),
        ctx.mkBVConst(name + ".length", 16), capacity);
  }

  @Override
  public BitVecExpr byteAt(BitVecExpr offset32) {
    Expr<?> b = ctx.mkSelect(bytes, (BitVecExpr) rewrite.apply(offset32));
    // only a received byte can be fixed (a sent one is a select over the NF's stores)
    return (BitVecExpr) (bytes.isConst() ? rewrite.apply(b) : b);
  }
}
