package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header-stack outcomes against NF output bytes: field by field, wildcards, validity. */
class HeaderAgreementTest {
  static final String SPEC = String.join("\n",
      "eth = pop_header(ether, on_mismatch=([], []))",
      "ip = pop_header(ipv4, on_mismatch=([], []))",
      "return ([1], [ether(eth, daddr=0x0a0000000001), ipv4(ip, ttl=ip.ttl - 1, cksum=...)])",
      "");

  static byte[] frame() {
    return HexFormat.of().parseHex("0a0b0c0d0e0f" + "010203040506" + "0800"
        + "45" + "00" + "0014" + "abcd" + "4000" + "40" + "11" + "beef" + "c0a80001" + "08080808");
  }

  @Test
  void rewrittenHeadersAgreeFieldByField() {
    SpecCheckResult r = SpecChecker.checkText(Path.of("router.py"), SPEC, ImportSearch.none(),
        Optional.empty());
    assertTrue(r.ok(), r.diagnostics().toString());
    byte[] in = frame();
    ConcreteSpecInputs inputs = new ConcreteSpecInputs(in, in.length, 0, 0, 0, 0, Map.of(), 2,
        Optional.empty(), Map.of());
    SpecOutcome<BigInteger> o = new ConcreteSpecInterpreter(r.spec().orElseThrow(), Map.of(),
        tag -> Optional.empty()).run(inputs).outcome();
    NfOutcome<BigInteger> port1 = new NfOutcome.Device<>(BigInteger.ONE);

    byte[] out = frame();
    System.arraycopy(HexFormat.of().parseHex("0a0000000001"), 0, out, 0, 6);
    out[22] = 0x3f;                // ttl 64 -> 63
    out[24] = 0x12;                // any checksum
    assertTrue(ConcreteAgreement.agrees(inputs, o, port1, out, out.length));

    byte[] sameTtl = out.clone();
    sameTtl[22] = 0x40;
    assertFalse(ConcreteAgreement.agrees(inputs, o, port1, sameTtl, out.length));
    byte[] otherSource = out.clone();
    otherSource[29] = 2;
    assertFalse(ConcreteAgreement.agrees(inputs, o, port1, otherSource, out.length),
        "fields not named keep the received value");
    byte[] notIpv4 = out.clone();
    notIpv4[14] = 0x65;
    assertFalse(ConcreteAgreement.agrees(inputs, o, port1, notIpv4, out.length),
        "the output must carry a valid IPv4 header");
    assertFalse(ConcreteAgreement.agrees(inputs, o, new NfOutcome.Device<>(BigInteger.ZERO), out,
        out.length));
  }
}
