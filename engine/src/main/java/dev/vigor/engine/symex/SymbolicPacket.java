package dev.vigor.engine.symex;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import dev.vigor.engine.exec.PacketMemory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The symbolic packet: a Z3 array from 32-bit offsets to bytes, plus the symbolic length. */
final class SymbolicPacket implements PacketMemory<Expr<?>> {
  private final Context ctx;
  private final Expr<?> length;
  private ArrayExpr<BitVecSort, BitVecSort> bytes;
  // The stores so far, oldest first, with the array each one made.
  private final List<Store> stores = new ArrayList<>();

  private record Store(BitVecExpr index, Expr<?> value, ArrayExpr<BitVecSort, BitVecSort> after) {}

  private final Z3Domain domain;
  private final ArrayExpr<BitVecSort, BitVecSort> input;
  /** What the path's conditions fix so far: offsets from those terms, and fixed bytes, fold. */
  private final FixedTerms fixed;

  SymbolicPacket(Context ctx, ArrayExpr<BitVecSort, BitVecSort> input, Expr<?> length) {
    this(ctx, input, length, null, new FixedTerms(ctx));
  }

  /**
   * A packet whose offsets are simplified through domain's memo (null: directly), with the terms
   * fixed by the path (which its owner keeps learning) replaced by their values.
   */
  SymbolicPacket(Context ctx, ArrayExpr<BitVecSort, BitVecSort> input, Expr<?> length,
      Z3Domain domain, FixedTerms fixed) {
    this.domain = domain;
    this.ctx = ctx;
    this.bytes = input;
    this.input = input;
    this.length = length;
    this.fixed = fixed;
  }

  private BitVecExpr index(Expr<?> offset) {
    Expr<?> i = ctx.mkExtract(31, 0, (BitVecExpr) offset);
    return fixed.offset((BitVecExpr) (domain != null ? domain.simplified(i) : i.simplify()));
  }

  /**
   * The byte at offset: the value last stored there when the offset is that store's, read past
   * the stores at offsets that surely differ. A value the NF stores and reads again (a checksum
   * updated twice) is then the value itself, not a select over stores, and Z3 compares the
   * NF's arithmetic with the spec's as one circuit. A received byte the path fixes is its value.
   */
  @Override
  public Expr<?> read(Expr<?> offset) {
    BitVecExpr i = index(offset);
    for (int k = stores.size() - 1; k >= 0; k--) {
      Store s = stores.get(k);
      if (s.index().equals(i)) {
        return s.value();
      }
      if (!distinct(s.index(), i)) {
        return ctx.mkSelect(s.after(), i);
      }
    }
    return fixed.rewritten(ctx.mkSelect(input, i));
  }

  /** Whether a and b differ for every value of their symbols: numerals, or t + c1 and t + c2. */
  private static boolean distinct(BitVecExpr a, BitVecExpr b) {
    Offset x = Offset.of(a);
    Offset y = Offset.of(b);
    return java.util.Objects.equals(x.base(), y.base()) && !x.constant().equals(y.constant());
  }

  /** An index as base + constant (base null for a numeral). */
  private record Offset(Expr<?> base, BigInteger constant) {
    static Offset of(BitVecExpr e) {
      if (e instanceof BitVecNum n) {
        return new Offset(null, n.getBigInteger());
      }
      if (e.isBVAdd() && e.getNumArgs() == 2) {
        Expr<?>[] a = e.getArgs();
        if (a[0] instanceof BitVecNum n) {
          return new Offset(a[1], n.getBigInteger());
        }
        if (a[1] instanceof BitVecNum n) {
          return new Offset(a[0], n.getBigInteger());
        }
      }
      return new Offset(e, BigInteger.ZERO);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(Expr<?> offset, Expr<?> value) {
    BitVecExpr i = index(offset);
    bytes = ctx.mkStore(bytes, i, (Expr<BitVecSort>) value);
    stores.add(new Store(i, value, bytes));
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
