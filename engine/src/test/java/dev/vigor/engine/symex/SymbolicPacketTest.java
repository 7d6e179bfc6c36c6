package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import org.junit.jupiter.api.Test;

/**
 * A byte the NF stored and reads again is the stored value itself (a checksum updated twice then
 * stays the NF's arithmetic, not a select over stores), and only stores that surely lie elsewhere
 * are read past.
 */
class SymbolicPacketTest {
  @Test
  void aStoredByteReadsBackAsItselfAndUnrelatedStoresAreSkipped() {
    try (Context ctx = new Context()) {
      ArrayExpr<BitVecSort, BitVecSort> input =
          ctx.mkArrayConst("packet", ctx.mkBitVecSort(32), ctx.mkBitVecSort(8));
      SymbolicPacket p = new SymbolicPacket(ctx, input, ctx.mkBVConst("length", 16));
      BitVecExpr v = ctx.mkBVConst("v", 8);
      BitVecExpr w = ctx.mkBVConst("w", 8);
      BitVecExpr base = ctx.mkBVConst("ihl4", 32);

      p.write(bv(ctx, 24), v);
      p.write(bv(ctx, 25), w);
      assertEquals(v, p.read(bv(ctx, 24)));
      assertEquals(w, p.read(bv(ctx, 25)));
      assertEquals(ctx.mkSelect(input, ctx.mkBV(26, 32)), p.read(bv(ctx, 26)),
          "past both stores to the received byte");

      // at base + 14 and base + 15: the same base, other constants, so surely elsewhere; the
      // numerals 24 and 25 may be base + 15, so those stores are read through
      ArrayExpr<BitVecSort, BitVecSort> twoStores = p.bytes();
      p.write(ctx.mkBVAdd(ctx.mkBV(14, 32), base), w);
      assertEquals(w, p.read(ctx.mkBVAdd(ctx.mkBV(14, 32), base)));
      Expr<?> other = p.read(ctx.mkBVAdd(ctx.mkBV(15, 32), base));
      assertEquals(ctx.mkSelect(twoStores,
          (BitVecExpr) ctx.mkBVAdd(ctx.mkBV(15, 32), base).simplify()), other);
      // a numeral and base + 14 may be the same byte: the read sees the store
      Expr<?> maybe = p.read(bv(ctx, 24));
      assertTrue(maybe.isSelect() && maybe.getArgs()[0].isStore(), maybe.toString());
      assertEquals(ctx.mkSelect(p.bytes(), ctx.mkBV(24, 32)), maybe);
    }
  }

  private static BitVecExpr bv(Context ctx, int n) {
    return ctx.mkBV(n, 32);
  }
}
