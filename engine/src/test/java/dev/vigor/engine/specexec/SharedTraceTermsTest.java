package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.spec.ir.HeaderType;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Spec runs on one trace share what they build of its packet and what they learn of terms
 * ({@link TraceTerms}): the validator runs every spec file, and each of a file's paths, on
 * the same packet.
 */
class SharedTraceTermsTest {
  private static SymbolicDomain domain(Context ctx, ArrayPacketTerms packet, TraceTerms shared) {
    SymbolicDomain d = new SymbolicDomain(new SymbolicSpecInputs(ctx, packet,
        ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64), ctx.mkBVConst("i", 32),
        ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of()));
    return shared == null ? d : d.sharing(shared);
  }

  /** The validator makes a packet view per spec file, over the one array of the trace. */
  private static ArrayPacketTerms view(Context ctx, ArrayPacketTerms p) {
    return new ArrayPacketTerms(ctx, p.bytes(), p.length(), p.capacity());
  }

  @Test
  void aHeaderIsBuiltOncePerPacketForEveryRunSharingTheTerms() {
    try (Context ctx = new Context()) {
      ArrayPacketTerms packet = ArrayPacketTerms.fresh(ctx, "p", 64);
      TraceTerms shared = new TraceTerms();
      SymbolicDomain first = domain(ctx, view(ctx, packet), shared);
      SymbolicDomain second = domain(ctx, view(ctx, packet), shared);
      assertSame(HeaderTable.valid(first, first.packet(), HeaderType.TCPUDP),
          HeaderTable.valid(second, second.packet(), HeaderType.TCPUDP));
      assertSame(HeaderTable.field(first, first.packet(), HeaderType.TCPUDP, "src_port"),
          HeaderTable.field(second, second.packet(), HeaderType.TCPUDP, "src_port"));

      // another packet (the NF's output) has headers of its own
      ArrayPacketTerms other = ArrayPacketTerms.fresh(ctx, "q", 64);
      Expr<IntSort> theirs = HeaderTable.field(second, second.packetAccess(other),
          HeaderType.TCPUDP, "src_port");
      assertNotEquals(HeaderTable.field(first, first.packet(), HeaderType.TCPUDP, "src_port"),
          theirs);
      // and each field is its own: the memo is per field, not per header
      assertNotEquals(HeaderTable.field(first, first.packet(), HeaderType.TCPUDP, "src_port"),
          HeaderTable.field(first, first.packet(), HeaderType.TCPUDP, "dst_port"));

      // The next trace reads the same array with its own fixed bytes (here: IHL 5, so the ports
      // lie at constant offsets): once the trace before is cleared, its headers are not reused.
      Expr<IntSort> before = HeaderTable.field(first, first.packet(), HeaderType.TCPUDP,
          "src_port");
      shared.clear();
      Expr<?> vihl = ctx.mkSelect(packet.bytes(), ctx.mkBV(14, 32));
      ArrayPacketTerms fixedIhl = new ArrayPacketTerms(ctx, packet.bytes(), packet.length(),
          packet.capacity(), e -> e.equals(vihl) ? ctx.mkBV(0x45, 8) : e);
      SymbolicDomain next = domain(ctx, fixedIhl, shared);
      Expr<IntSort> after = HeaderTable.field(next, next.packet(), HeaderType.TCPUDP, "src_port");
      assertNotEquals(before, after);
      Solver s = ctx.mkSolver();
      s.add(ctx.mkNot(ctx.mkEq(after, ctx.mkAdd(
          ctx.mkMul(ctx.mkBV2Int((com.microsoft.z3.BitVecExpr) ctx.mkSelect(packet.bytes(),
              ctx.mkBV(34, 32)), false), ctx.mkInt(256)),
          ctx.mkBV2Int((com.microsoft.z3.BitVecExpr) ctx.mkSelect(packet.bytes(),
              ctx.mkBV(35, 32)), false)))));
      assertEquals(Status.UNSATISFIABLE, s.check(), "the port read at 34 and 35: " + after);
    }
  }

  /**
   * The two halves of a value one run split (as a header's nibbles are, or a checksum's carry)
   * are known as halves in another run sharing the terms: their sum, a one's-complement fold,
   * stays in bit-vectors with its tight bound, as it would in the run that split them.
   */
  @Test
  void whatOneRunLearnsOfItsTermsServesTheNext() {
    try (Context ctx = new Context()) {
      ArrayPacketTerms packet = ArrayPacketTerms.fresh(ctx, "p", 1);
      TraceTerms shared = new TraceTerms();
      SymbolicDomain first = domain(ctx, view(ctx, packet), shared);
      Expr<IntSort> v = first.fromBits(ctx.mkBVConst("x", 32), false);
      BigInteger unit = BigInteger.valueOf(65536);
      Expr<IntSort> low = first.mod(v, first.num(unit));
      Expr<IntSort> high = first.floorDiv(v, first.num(unit));

      Expr<IntSort> folded = domain(ctx, view(ctx, packet), shared).add(low, high);
      assertFalse(usesIntegerArithmetic(folded), folded.toString());
      // a run not sharing the terms cannot tell, so the test can fail
      Expr<IntSort> alone = domain(ctx, view(ctx, packet), null).add(low, high);
      assertTrue(usesIntegerArithmetic(alone), alone.toString());
      // and both are (x mod 2^16) + floor(x / 2^16) for every x
      Solver s = ctx.mkSolver();
      s.add(ctx.mkNot(ctx.mkEq(folded, alone)));
      assertEquals(Status.UNSATISFIABLE, s.check());
    }
  }

  private static boolean usesIntegerArithmetic(Expr<?> e) {
    if (e.isAdd() || e.isSub() || e.isMul() || e.isIDiv() || e.isModulus()) {
      return true;
    }
    if (!e.isApp()) {
      return false;
    }
    for (Expr<?> a : e.getArgs()) {
      if (usesIntegerArithmetic(a)) {
        return true;
      }
    }
    return false;
  }
}
