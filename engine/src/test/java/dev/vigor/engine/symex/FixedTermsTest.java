package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offsets computed from a term the path fixes become constants, on the NF's side (the packet) and
 * on the spec's (a trace's path condition); terms the path only bounds stay as they are.
 */
class FixedTermsTest {
  @Test
  void anOffsetFromAFixedHeaderByteIsAConstant() {
    try (Context ctx = new Context()) {
      ArrayExpr<BitVecSort, BitVecSort> pkt = packet(ctx);
      BitVecExpr vihl = (BitVecExpr) ctx.mkSelect(pkt, ctx.mkBV(14, 32));
      // the C comparison is on the promoted byte
      BoolExpr checked = ctx.mkEq(ctx.mkZeroExt(24, vihl), ctx.mkBV(0x45, 32));
      BitVecExpr l4 = ctx.mkBVAdd(ctx.mkBV(14, 32),
          ctx.mkBVMul(ctx.mkBV(4, 32), ctx.mkZeroExt(24, ctx.mkBVAND(vihl, ctx.mkBV(0x0f, 8)))));

      FixedTerms fixed = FixedTerms.of(ctx, List.of(checked));
      assertEquals(ctx.mkBV(34, 32), fixed.offset(l4));

      // a bound leaves the offset open (Z3 may state it as some high bits being zero)
      FixedTerms bounded = FixedTerms.of(ctx, List.of(ctx.mkBVULE(vihl, ctx.mkBV(0x45, 8))));
      assertTrue(!bounded.offset(l4).isNumeral(), bounded.offset(l4).toString());
      assertEquals(l4, FixedTerms.of(ctx, List.of()).offset(l4));
    }
  }

  @Test
  void aTableAfterAnAddThePathSawSucceedIsTheAdd() {
    try (Context ctx = new Context()) {
      com.microsoft.z3.Sort table = ctx.mkUninterpretedSort("table");
      Expr<?> s0 = ctx.mkConst("s0", table);
      BoolExpr ok = ctx.mkBoolConst("add.r0");
      Expr<?> added = ctx.mkApp(ctx.mkFuncDecl("add", new com.microsoft.z3.Sort[] {table}, table), s0);
      Expr<?> nf = ctx.mkITE(ok, added, s0);
      assertTrue(FixedTerms.of(ctx, List.of(ok)).sameOnEveryRun(nf, added));
      // the add failed: the table is the one before, not the add
      assertFalse(FixedTerms.of(ctx, List.of(ctx.mkNot(ok))).sameOnEveryRun(nf, added));
      assertTrue(FixedTerms.of(ctx, List.of(ctx.mkNot(ok))).sameOnEveryRun(nf, s0));
      // nothing known of the flag: different terms
      assertFalse(FixedTerms.of(ctx, List.of()).sameOnEveryRun(nf, added));
    }
  }

  @Test
  void aFoundIndexIsTheTablesIndexOfItsKey() {
    try (Context ctx = new Context()) {
      com.microsoft.z3.Sort table = ctx.mkUninterpretedSort("table");
      Expr<?> s0 = ctx.mkConst("s0", table);
      BitVecExpr key = ctx.mkBVConst("key", 32);
      BoolExpr found = ctx.mkBoolConst("get.r0");
      BitVecExpr index = ctx.mkBVConst("get.r1", 32);
      BitVecExpr idx = (BitVecExpr) ctx.mkApp(ctx.mkFuncDecl("idx",
          new com.microsoft.z3.Sort[] {table, ctx.mkBitVecSort(32)}, ctx.mkBitVecSort(32)), s0, key);
      BoolExpr has = (BoolExpr) ctx.mkApp(ctx.mkFuncDecl("has",
          new com.microsoft.z3.Sort[] {table, ctx.mkBitVecSort(32)}, ctx.mkBoolSort()), s0, key);
      // the get's contract, as emap_get states it
      BoolExpr contract = ctx.mkAnd(ctx.mkIff(found, has), ctx.mkImplies(found, ctx.mkEq(index, idx)));
      com.microsoft.z3.FuncDecl<?> refresh = ctx.mkFuncDecl("refresh",
          new com.microsoft.z3.Sort[] {table, ctx.mkBitVecSort(32)}, table);
      Expr<?> nf = ctx.mkApp(refresh, s0, index);
      Expr<?> spec = ctx.mkApp(refresh, s0, idx);

      FixedTerms onFound = FixedTerms.of(ctx, List.of(found));
      onFound.learnDefinitions(contract);
      assertTrue(onFound.sameOnEveryRun(nf, spec));
      // not found: the index is any value, not the table's
      FixedTerms onMissed = FixedTerms.of(ctx, List.of(ctx.mkNot(found)));
      onMissed.learnDefinitions(contract);
      assertFalse(onMissed.sameOnEveryRun(nf, spec));
    }
  }

  @Test
  void conjunctionsFixEachPartAndTheFirstValueStays() {
    try (Context ctx = new Context()) {
      BitVecExpr a = ctx.mkBVConst("a", 16);
      BitVecExpr b = ctx.mkBVConst("b", 16);
      FixedTerms fixed = FixedTerms.of(ctx, List.of(
          ctx.mkAnd(ctx.mkEq(a, ctx.mkBV(3, 16)), ctx.mkEq(ctx.mkBV(5, 16), b))));
      assertEquals(ctx.mkBV(8, 16), fixed.offset(ctx.mkBVAdd(a, b)));
    }
  }

  @Test
  void theNfReadsAtTheOffsetItsPathFixes() {
    try (Context ctx = new Context()) {
      ArrayExpr<BitVecSort, BitVecSort> input = packet(ctx);
      FixedTerms fixed = new FixedTerms(ctx);
      SymbolicPacket p = new SymbolicPacket(ctx, input, ctx.mkBVConst("length", 16), null, fixed);
      BitVecExpr ihl = ctx.mkBVConst("ihl", 32);
      BitVecExpr at = ctx.mkBVAdd(ctx.mkBV(14, 32), ctx.mkBVMul(ctx.mkBV(4, 32), ihl));
      Expr<?> before = p.read(at);
      assertTrue(!before.getArgs()[1].isNumeral(), "nothing fixed yet: " + before);
      fixed.learn(ctx.mkEq(ihl, ctx.mkBV(5, 32)));
      assertEquals(ctx.mkSelect(input, ctx.mkBV(34, 32)), p.read(at));
      // a received byte the path fixes is its value (in a flow key, the same term as the spec's)
      fixed.learn(ctx.mkEq(ctx.mkSelect(input, ctx.mkBV(23, 32)), ctx.mkBV(17, 8)));
      assertEquals(ctx.mkBV(17, 8), p.read(ctx.mkBV(23, 32)));
      // a store there is then read back as itself
      BitVecExpr v = ctx.mkBVConst("v", 8);
      p.write(at, v);
      assertEquals(v, p.read(ctx.mkBV(34, 32)));
      p.write(ctx.mkBV(23, 32), v);
      assertEquals(v, p.read(ctx.mkBV(23, 32)), "a sent byte is what the NF stored");
    }
  }

  @Test
  void aConditionOnFixedTermsIsSettledAndAReceivedByteTheTraceFixesIsItsValue() {
    try (Context ctx = new Context()) {
      ArrayExpr<BitVecSort, BitVecSort> pkt = packet(ctx);
      BitVecExpr proto = (BitVecExpr) ctx.mkSelect(pkt, ctx.mkBV(23, 32));
      FixedTerms fixed = FixedTerms.of(ctx, List.of(ctx.mkEq(proto, ctx.mkBV(6, 8))));
      assertTrue(fixed.rewritten(ctx.mkEq(proto, ctx.mkBV(17, 8))).isFalse());
      BoolExpr open = ctx.mkEq(ctx.mkSelect(pkt, ctx.mkBV(24, 32)), ctx.mkBV(1, 8));
      assertEquals(open, fixed.rewritten(open), "a byte the path leaves open stays");

      var received = new dev.vigor.engine.specexec.ArrayPacketTerms(ctx, pkt,
          ctx.mkBVConst("length", 16), 64, fixed::rewritten);
      assertEquals(ctx.mkBV(6, 8), received.byteAt(ctx.mkBV(23, 32)));
      // a sent packet's byte is what the NF stored, whatever the received byte was
      ArrayExpr<BitVecSort, BitVecSort> sent =
          ctx.mkStore(pkt, ctx.mkBV(23, 32), ctx.mkBVConst("v", 8));
      var out = new dev.vigor.engine.specexec.ArrayPacketTerms(ctx, sent,
          ctx.mkBVConst("length", 16), 64, fixed::rewritten);
      assertEquals(ctx.mkSelect(sent, ctx.mkBV(23, 32)), out.byteAt(ctx.mkBV(23, 32)));
    }
  }

  private static ArrayExpr<BitVecSort, BitVecSort> packet(Context ctx) {
    return ctx.mkArrayConst("packet", ctx.mkBitVecSort(32), ctx.mkBitVecSort(8));
  }
}
