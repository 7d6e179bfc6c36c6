package dev.vigor.engine.symex;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.exec.PacketMemory;

/** The symbolic packet: a Z3 array from 32-bit offsets to bytes, plus the symbolic length. */
final class SymbolicPacket implements PacketMemory<Expr<?>> {
  private final Context ctx;
  private final Expr<?> length;
  private ArrayExpr<BitVecSort, BitVecSort> bytes;

  private final Z3Domain domain;

  SymbolicPacket(Context ctx, ArrayExpr<BitVecSort, BitVecSort> input, Expr<?> length) {
    this(ctx, input, length, null);
  }

  /** A packet whose offsets are simplified through domain's memo (null: directly). */
  SymbolicPacket(Context ctx, ArrayExpr<BitVecSort, BitVecSort> input, Expr<?> length,
      Z3Domain domain) {
    this.domain = domain;
    this.ctx = ctx;
    this.bytes = input;
    this.length = length;
  }

  private BitVecExpr index(Expr<?> offset) {
    Expr<?> i = ctx.mkExtract(31, 0, (BitVecExpr) offset);
    return (BitVecExpr) (domain != null ? domain.simplified(i) : i.simplify());
  }

  @Override
  public Expr<?> read(Expr<?> offset) {
    return ctx.mkSelect(bytes, index(offset));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(Expr<?> offset, Expr<?> value) {
    bytes = ctx.mkStore(bytes, index(offset), (Expr<BitVecSort>) value);
  }

  @Override
  public Expr<?> length() {
    return length;
  }

  /** The packet after every store so far. */
  ArrayExpr<BitVecSort, BitVecSort> bytes() {
    return bytes;
  }
}
