package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntSort;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.spec.ir.HeaderType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** pop_header's validity and field values: concrete, symbolic, and packet.h's own rules agree. */
class HeaderTableTest {
  private static ConcreteDomain concrete(byte[] p, int length) {
    return new ConcreteDomain(new ConcreteSpecInputs(p, length, 0, 0, 0, 0, Map.of(), 2,
        Optional.empty(), Map.of()), Map.of());
  }

  private static boolean valid(HeaderType t, byte[] p, int length) {
    ConcreteDomain d = concrete(p, length);
    return HeaderTable.valid(d, d.packet(), t);
  }

  private static int reference(HeaderType t, byte[] p, int length) {
    return switch (t) {
      case ETHER -> PacketHelpersReference.ether(p, length);
      case IPV4 -> PacketHelpersReference.ipv4(p, length);
      case TCPUDP -> PacketHelpersReference.tcpudp(p, length);
      case TCP -> PacketHelpersReference.tcp(p, length);
      case UDP -> PacketHelpersReference.udp(p, length);
    };
  }

  /** A TCP/IPv4 frame: 1 word of IP options, ports 1234 -> 80, SYN+ACK. */
  private static byte[] tcpFrame() {
    return HexFormat.of().parseHex(
        "0a0b0c0d0e0f" + "010203040506" + "0800"
        + "46" + "00" + "002c" + "abcd" + "4000" + "40" + "06" + "beef"
        + "c0a80001" + "08080808" + "01020304"
        + "04d2" + "0050" + "00000001" + "00000002" + "60" + "12" + "ffff" + "0000" + "0000");
  }

  @Test
  void handComputedFrameDecodesAsTheStandardWritesIt() {
    byte[] p = tcpFrame();
    int length = p.length; // 14 + 44
    assertEquals(58, length);
    ConcreteDomain d = concrete(p, length);
    for (HeaderType t : List.of(HeaderType.ETHER, HeaderType.IPV4, HeaderType.TCPUDP,
        HeaderType.TCP)) {
      assertTrue(HeaderTable.valid(d, d.packet(), t), t.specName());
    }
    assertFalse(HeaderTable.valid(d, d.packet(), HeaderType.UDP), "protocol 6 is not UDP");
    assertEquals(BigInteger.valueOf(0x0a0b0c0d0e0fL), field(d, HeaderType.ETHER, "daddr"));
    assertEquals(BigInteger.valueOf(0x010203040506L), field(d, HeaderType.ETHER, "saddr"));
    assertEquals(BigInteger.valueOf(0x0800), field(d, HeaderType.ETHER, "type"));
    assertEquals(BigInteger.valueOf(0x46), field(d, HeaderType.IPV4, "vihl"));
    assertEquals(BigInteger.valueOf(44), field(d, HeaderType.IPV4, "len"));
    assertEquals(BigInteger.valueOf(0x4000), field(d, HeaderType.IPV4, "foff"));
    assertEquals(BigInteger.valueOf(6), field(d, HeaderType.IPV4, "npid"));
    assertEquals(BigInteger.valueOf(0xc0a80001L), field(d, HeaderType.IPV4, "saddr"));
    // IHL 6: the L4 header starts at 14 + 24, after the options word.
    assertEquals(BigInteger.valueOf(1234), field(d, HeaderType.TCPUDP, "src_port"));
    assertEquals(BigInteger.valueOf(80), field(d, HeaderType.TCP, "dst_port"));
    assertEquals(BigInteger.valueOf(1), field(d, HeaderType.TCP, "seq"));
    assertEquals(BigInteger.valueOf(2), field(d, HeaderType.TCP, "ack"));
    assertEquals(BigInteger.valueOf(0x12), field(d, HeaderType.TCP, "flags"));

    // One byte short of total_length: no IPv4 header, so no L4 header either.
    assertFalse(valid(HeaderType.IPV4, p, length - 1));
    assertFalse(valid(HeaderType.TCP, p, length - 1));
    assertTrue(valid(HeaderType.ETHER, p, 14));
    assertFalse(valid(HeaderType.ETHER, p, 13));
    // A non-first fragment has no L4 header, but is still IPv4.
    byte[] frag = tcpFrame();
    frag[21] = 1;
    assertTrue(valid(HeaderType.IPV4, frag, length));
    assertFalse(valid(HeaderType.TCPUDP, frag, length));
    // total_length too small for a full TCP header, big enough for the ports.
    byte[] small = tcpFrame();
    small[17] = 24 + 4;
    assertTrue(valid(HeaderType.TCPUDP, small, length));
    assertFalse(valid(HeaderType.TCP, small, length));
  }

  private static BigInteger field(ConcreteDomain d, HeaderType t, String f) {
    return HeaderTable.field(d, d.packet(), t, f);
  }

  @Test
  void seededRandomPacketsAgreeWithPacketHelpers() {
    Random r = new Random(0x5eed);
    int validIpv4 = 0;
    int validL4 = 0;
    for (int n = 0; n < 5000; n++) {
      byte[] p = RandomPackets.next(r);
      int length = RandomPackets.length(r, p);
      for (HeaderType t : HeaderType.values()) {
        boolean ours = valid(t, p, length);
        int ref = reference(t, p, length);
        assertEquals(ref >= 0, ours, t + " " + HexFormat.of().formatHex(p) + " len " + length);
        if (ours) {
          ConcreteDomain d = concrete(p, length);
          assertEquals(BigInteger.valueOf(ref), HeaderTable.start(d, d.packet(), t));
        }
      }
      validIpv4 += valid(HeaderType.IPV4, p, length) ? 1 : 0;
      validL4 += valid(HeaderType.TCPUDP, p, length) ? 1 : 0;
    }
    // The generator reaches both sides of every rule often enough to mean something.
    assertTrue(validIpv4 > 300, "valid IPv4: " + validIpv4);
    assertTrue(validL4 > 100, "valid L4: " + validL4);
  }

  @Test
  void symbolicValidityAndFieldsAgreeWithConcreteOnFixedBytes() {
    Random r = new Random(42);
    try (Context ctx = new Context()) {
      ArrayPacketTerms pkt = ArrayPacketTerms.fresh(ctx, "pkt", 64);
      SymbolicSpecInputs in = new SymbolicSpecInputs(ctx, pkt, ctx.mkBVConst("recv", 16),
          ctx.mkBVConst("now", 64), ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2,
          Optional.empty(), Map.of());
      SymbolicDomain z = new SymbolicDomain(in);
      Map<HeaderType, BoolExpr> validity = new java.util.EnumMap<>(HeaderType.class);
      for (HeaderType t : HeaderType.values()) {
        validity.put(t, HeaderTable.valid(z, z.packet(), t));
      }
      Solver s = ctx.mkSolver();
      int disagreementsFound = 0;
      for (int n = 0; n < 150; n++) {
        byte[] p = RandomPackets.next(r);
        int length = RandomPackets.length(r, p);
        s.push();
        List<BoolExpr> fixed = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
          fixed.add(ctx.mkEq(pkt.byteAt(ctx.mkBV(i, 32)), ctx.mkBV(p[i] & 0xff, 8)));
        }
        fixed.add(ctx.mkEq(pkt.length(), ctx.mkBV(length, 16)));
        s.add(fixed.toArray(new BoolExpr[0]));
        for (HeaderType t : HeaderType.values()) {
          boolean expected = valid(t, p, length);
          BoolExpr v = validity.get(t);
          assertEquals(Status.UNSATISFIABLE, s.check(expected ? ctx.mkNot(v) : v),
              t + " on " + HexFormat.of().formatHex(p) + " len " + length);
          // The companion: the opposite answer is satisfiable, so the check can fail.
          assertEquals(Status.SATISFIABLE, s.check(expected ? v : ctx.mkNot(v)));
          if (expected) {
            ConcreteDomain d = concrete(p, length);
            for (String f : t.fields()) {
              Expr<IntSort> sym = HeaderTable.field(z, z.packet(), t, f);
              BigInteger want = HeaderTable.field(d, d.packet(), t, f);
              assertEquals(Status.UNSATISFIABLE,
                  s.check(ctx.mkNot(ctx.mkEq(sym, ctx.mkInt(want.toString())))), t + "." + f);
              disagreementsFound += s.check(ctx.mkNot(ctx.mkEq(sym,
                  ctx.mkInt(want.add(BigInteger.ONE).toString())))) == Status.SATISFIABLE ? 1 : 0;
            }
          }
        }
        s.pop();
      }
      assertTrue(disagreementsFound > 0, "a wrong field value is told apart");
    }
  }
}
