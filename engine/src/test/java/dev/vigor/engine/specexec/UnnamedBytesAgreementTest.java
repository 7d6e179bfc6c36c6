package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A header-stack outcome leaves nothing open but what it names: every output byte outside the
 * fields the spec gives (a field it leaves out, the bytes after its last header, the payload)
 * must be the received one, and only {@code ...} lets a field hold anything. Both interpreters'
 * agreement says so, and a counterexample names the byte.
 */
class UnnamedBytesAgreementTest {
  /** Port 80 goes to 8080 with the TCP/UDP checksum updated; the spec names the port. */
  static final String REDIRECT = String.join("\n",
      "eth = pop_header(ether, on_mismatch=([], []))",
      "ip = pop_header(ipv4, on_mismatch=([], []))",
      "l4 = pop_header(tcpudp, on_mismatch=([], []))",
      "return ([1], [ether(eth), ipv4(ip), tcpudp(l4, dst_port=8080, cksum=...)])",
      "");

  /** The same without the checksum: it must then stay as received. */
  static final String NO_CKSUM = REDIRECT.replace(", cksum=...", "");

  /** Ethernet, IPv4 (no options), TCP to port 80 with seq 0x01020304, 4 payload bytes. */
  static byte[] tcp() {
    return HexFormat.of().parseHex("0a0b0c0d0e0f" + "010203040506" + "0800"
        + "45" + "00" + "002c" + "abcd" + "4000" + "40" + "06" + "beef" + "c0a80001" + "08080808"
        + "1234" + "0050" + "01020304" + "00000000" + "50" + "18" + "ffff" + "cafe" + "0000"
        + "deadbeef");
  }

  /** The same as UDP: ports, length, checksum at its bytes 6 and 7, then the payload. */
  static byte[] udp() {
    return HexFormat.of().parseHex("0a0b0c0d0e0f" + "010203040506" + "0800"
        + "45" + "00" + "0020" + "abcd" + "4000" + "40" + "11" + "beef" + "c0a80001" + "08080808"
        + "1234" + "0050" + "000c" + "cafe" + "deadbeef");
  }

  static final int L4 = 34;

  /** The packet redirected to 8080 with a new checksum at {@code cksumAt}. */
  static byte[] redirected(byte[] in, int cksumAt) {
    byte[] out = in.clone();
    out[L4 + 2] = 0x1f;
    out[L4 + 3] = (byte) 0x90;
    out[L4 + cksumAt] = 0x55;
    out[L4 + cksumAt + 1] = 0x66;
    return out;
  }

  @Test
  void onlyNamedFieldsMayChangeAndCksumMayOnlyWithDots() {
    byte[] tcp = tcp();
    byte[] ok = redirected(tcp, 16);
    assertAgreement(REDIRECT, tcp, ok, true, null);
    byte[] seqZeroed = ok.clone();
    for (int b = 4; b < 8; b++) {
      seqZeroed[L4 + b] = 0;
    }
    assertAgreement(REDIRECT, tcp, seqZeroed, false, "byte 38 (tcp seq (byte 1 of 4))");
    byte[] payload = ok.clone();
    payload[L4 + 21] = 0;
    assertAgreement(REDIRECT, tcp, payload, false, "byte 55 (payload)");
    byte[] window = ok.clone();
    window[L4 + 14] = 0;
    assertAgreement(REDIRECT, tcp, window, false, "byte 48 (tcp window (no spec field))");
    // without cksum=..., the checksum is the received one (the base header's)
    assertAgreement(NO_CKSUM, tcp, ok, false, "tcpudp cksum is 21862, the spec requires 51966");
    assertAgreement(REDIRECT, tcp, redirected(tcp, 20), false, "byte 54 (payload)");

    byte[] udp = udp();
    assertAgreement(REDIRECT, udp, redirected(udp, 6), true, null);
    assertAgreement(NO_CKSUM, udp, redirected(udp, 6), false, "tcpudp cksum is 21862");
    // UDP's checksum is at its bytes 6 and 7: the two after them are payload
    assertAgreement(REDIRECT, udp, redirected(udp, 8), false, "byte 42 (payload)");
  }

  /**
   * A spec may state the TCP/UDP checksum exactly: it reads the received one ({@code l4.cksum},
   * at the protocol's place) and gives the new one ({@code cksum=<value>}), in both
   * interpreters; a value off by one is a violation naming the field.
   */
  @Test
  void exactCksumIsReadAndStated() {
    String exact = REDIRECT.replace("cksum=...", "cksum=l4.cksum - 0x7598");   // 0xcafe -> 0x5566
    String offByOne = REDIRECT.replace("cksum=...", "cksum=l4.cksum - 0x7599");
    byte[] tcp = tcp();
    assertAgreement(exact, tcp, redirected(tcp, 16), true, null);
    assertAgreement(offByOne, tcp, redirected(tcp, 16), false,
        "tcpudp cksum is 21862, the spec requires 21861");
    byte[] udp = udp();
    assertAgreement(exact, udp, redirected(udp, 6), true, null);
    assertAgreement(offByOne, udp, redirected(udp, 6), false, "tcpudp cksum is 21862");
  }

  /**
   * Concrete agreement (and the counterexample's words), then the symbolic agreement on the
   * same bytes: the output as the input array with the NF's stores, as the executor builds it.
   */
  static void assertAgreement(String text, byte[] in, byte[] out, boolean agrees, String named) {
    SpecCheckResult r = SpecChecker.checkText(Path.of("redirect.py"), text, ImportSearch.none(),
        Optional.empty());
    assertTrue(r.ok(), r.diagnostics().toString());
    Spec spec = r.spec().orElseThrow();
    ConcreteSpecInputs inputs = new ConcreteSpecInputs(in, in.length, 0, 0, 0, 0, Map.of(), 2,
        Optional.empty(), Map.of());
    SpecOutcome<BigInteger> o = new ConcreteSpecInterpreter(spec, Map.of(),
        tag -> Optional.empty()).run(inputs).outcome();
    NfOutcome<BigInteger> port1 = new NfOutcome.Device<>(BigInteger.ONE);
    assertEquals(agrees, ConcreteAgreement.agrees(inputs, o, port1, out, out.length));
    Optional<String> why = ConcreteAgreement.headerDifference(inputs, o, port1, out, out.length);
    if (named != null) {
      assertTrue(why.orElse("").contains(named), why.toString());
    } else {
      assertTrue(why.isEmpty(), why.toString());
    }
    // An NF that dropped sent no packet: nothing of one to describe, whatever the bytes.
    assertTrue(ConcreteAgreement.headerDifference(inputs, o, new NfOutcome.Drop<>(), out, out.length)
        .isEmpty());

    try (Context ctx = new Context()) {
      ArrayPacketTerms pkt = ArrayPacketTerms.fresh(ctx, "pkt", 128);
      ArrayExpr<BitVecSort, BitVecSort> stored = pkt.bytes();
      for (int i = 0; i < out.length; i++) {
        if (out[i] != in[i]) {
          stored = ctx.mkStore(stored, ctx.mkBV(i, 32), ctx.mkBV(out[i] & 0xff, 8));
        }
      }
      ArrayPacketTerms nfOut = new ArrayPacketTerms(ctx, stored, pkt.length(), 128);
      SymbolicSpecInputs sin = new SymbolicSpecInputs(ctx, pkt, ctx.mkBVConst("recv", 16),
          ctx.mkBVConst("now", 64), ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2,
          Optional.empty(), Map.of());
      List<BoolExpr> pinned = new ArrayList<>();
      for (int i = 0; i < in.length; i++) {
        pinned.add(ctx.mkEq(pkt.byteAt(ctx.mkBV(i, 32)), ctx.mkBV(in[i] & 0xff, 8)));
      }
      pinned.add(ctx.mkEq(pkt.length(), ctx.mkBV(in.length, 16)));
      int taken = 0;
      for (SpecPath p : new SymbolicSpecInterpreter(spec, Map.of(), tag -> Optional.empty())
          .paths(sin)) {
        Solver s = ctx.mkSolver();
        pinned.forEach(s::add);
        s.add(p.condition(ctx));
        if (s.check() != Status.SATISFIABLE) {
          continue;
        }
        taken++;
        BoolExpr agree = SymbolicAgreement.agrees(sin, p,
            new NfOutcome.Device<>((BitVecExpr) ctx.mkBV(1, 16)), nfOut);
        s.add(agrees ? ctx.mkNot(agree) : agree);
        assertEquals(Status.UNSATISFIABLE, s.check(), "symbolic agreement is " + !agrees);
      }
      assertEquals(1, taken);
    }
  }
}
